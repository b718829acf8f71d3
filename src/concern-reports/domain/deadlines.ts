/**
 * The legal clock of a concern report: each deadline of the country's law (law.ts) computed
 * from the instant of receipt, and whether it is met, near or past.
 *
 * Days are counted on the clocks of the report's country (time/zone.ts), and a date-based
 * deadline lasts to the end of its day. A deadline in
 * weeks or months is not moved off a weekend or holiday: the duty is "at the latest within",
 * and a child must not wait longer because of Easter. Working days follow the country's
 * public holidays (time/).
 */
import { localInstant } from '../../time/zoned-instant.ts';
import { addDays, localDate, type IsoDate } from '../../time/dates.ts';
import { addWorkingDays } from '../../time/working-days.ts';
import { timeZoneOf, type CountryCode } from '../../time/zone.ts';
import { LAW, type DeadlineKind, type LegalSource, type Span } from './law.ts';

export interface Deadline {
  kind: DeadlineKind;
  /** The last instant that still meets the deadline. */
  dueAt: Date;
  /** The local date of that instant: what people are told. */
  dueDate: IsoDate;
  /** Counted in hours, so the time of day matters and is shown with the date. */
  timed: boolean;
  /** Counted with the longer span allowed in special cases. */
  extended: boolean;
  nearHours: number;
  source: LegalSource;
}

export type DeadlineStatus = 'met' | 'met_late' | 'open' | 'near' | 'past';

export interface CaseState {
  investigating: boolean;
  /** The investigation deadline is extended (a reason was recorded). */
  extended: boolean;
  /** The local date the investigation was concluded (closed or followed up), once recorded. */
  concludedOn?: IsoDate | null;
}

const HOUR_MS = 3_600_000;

/**
 * The deadlines that run for a report received at `receivedAt`, in the law's order. A rule
 * whose clock starts when the investigation is concluded runs once that date is recorded.
 */
export function deadlinesOf(country: CountryCode, receivedAt: Date, state: CaseState): Deadline[] {
  return LAW[country].deadlines.flatMap((rule) => {
    if (rule.onlyWhenInvestigating && !state.investigating) return [];
    const concludedOn = state.concludedOn ?? null;
    if (rule.startsAt === 'investigation_concluded' && concludedOn === null) return [];
    const start = rule.startsAt === 'investigation_concluded' ? localInstant(concludedOn!, '12:00', timeZoneOf(country)) : receivedAt;
    const extended = state.extended && rule.extendedSpan !== undefined;
    const span = extended ? rule.extendedSpan! : rule.span;
    const dueAt = dueAfter(country, start, span);
    return [{ kind: rule.kind, dueAt, dueDate: localDate(dueAt, timeZoneOf(country)), timed: span.unit === 'hours', extended, nearHours: rule.nearHours, source: rule.source }];
  });
}

/** The last instant of a span from `start`. */
export function dueAfter(country: CountryCode, start: Date, span: Span): Date {
  const zone = timeZoneOf(country);
  const day = localDate(start, zone);
  switch (span.unit) {
    case 'hours':
      return new Date(start.getTime() + span.count * HOUR_MS);
    case 'weeks':
      return endOfLocalDay(addDays(day, 7 * span.count), zone);
    case 'months':
      return endOfLocalDay(addMonths(day, span.count), zone);
    case 'working_days':
      return endOfLocalDay(addWorkingDays(country, day, span.count), zone);
  }
}

/** Met (in time or late) once `metAt` is set; else open, near or past at `now`. */
export function statusOf(deadline: Deadline, now: Date, metAt: Date | null): DeadlineStatus {
  if (metAt) return metAt.getTime() <= deadline.dueAt.getTime() ? 'met' : 'met_late';
  const left = deadline.dueAt.getTime() - now.getTime();
  if (left < 0) return 'past';
  return left <= deadline.nearHours * HOUR_MS ? 'near' : 'open';
}

/** The same day of the month `count` months on, or the month's last day when it has fewer. */
export function addMonths(iso: IsoDate, count: number): IsoDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + count, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The last millisecond of a local date. */
function endOfLocalDay(iso: IsoDate, zone: string): Date {
  return new Date(localInstant(addDays(iso, 1), '00:00', zone).getTime() - 1);
}
