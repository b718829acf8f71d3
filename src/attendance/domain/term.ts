/**
 * A pupil's school term day by day, for the case page's calendar and its line: each weekday
 * from the term's start to the school's today, whether the school was open, what the pupil
 * missed, and the share of school time missed since the term began. The term is the one the
 * guidelines' half-year windows count over: August–December or January–July.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import { isClosed, type SchoolCalendar } from '../../time/school-calendar.ts';
import type { CountryCode } from '../../time/zone.ts';
import { ABSENCE_KINDS, kindsOf, type AbsenceKind } from './absence.ts';
import type { Guideline } from './guideline.ts';
import { defaultDayMinutes } from './presets.ts';
import type { DateRange } from './windows.ts';

/** One registered absence as the term needs it: the whole day or one lesson, its minutes and kind. */
export interface TermAbsence {
  date: IsoDate;
  wholeDay: boolean;
  minutes: number;
  kind: AbsenceKind;
}

export interface TermDay {
  date: IsoDate;
  /** False on a weekday the school was closed (a holiday, a planning day): nothing is counted. */
  schoolDay: boolean;
  /** School time missed that day, every kind, capped at the day's length. */
  minutes: number;
  wholeDay: boolean;
  /** The kinds recorded that day, in the order of the list of kinds. */
  kinds: AbsenceKind[];
  /**
   * School time missed of the counted kinds from the term's first school day up to and
   * including this one, as a percentage of the school time in those days; null on a closed day.
   */
  percent: number | null;
}

/** What the term's percentage counts, and the line it is read against. */
export interface TermMeasure {
  dayMinutes: number;
  counted: readonly AbsenceKind[];
  /** The percent rule's threshold; null when the guideline has no percent rule. */
  threshold: number | null;
}

/**
 * The guideline's first-stage percent rule gives the kinds counted and the threshold, so the
 * line and its reference speak of the same absence; without one every kind of the country is
 * counted and there is no line to reach. The day's length is the guideline's, else the
 * country's usual day.
 */
export function termMeasure(guideline: Guideline | undefined, country: CountryCode): TermMeasure {
  const dayMinutes = guideline?.dayMinutes ?? defaultDayMinutes(country);
  const percentRule = guideline?.rules.filter((rule) => rule.measure === 'percent').sort((a, b) => a.stage - b.stage)[0];
  if (!percentRule) return { dayMinutes, counted: kindsOf(country), threshold: null };
  return { dayMinutes, counted: percentRule.kinds, threshold: percentRule.threshold };
}

/** The term `today` falls in, from its first day up to `today`. */
export function termSoFar(today: IsoDate): DateRange {
  const month = Number(today.slice(5, 7));
  return { from: `${today.slice(0, 4)}-${month >= 8 ? '08' : '01'}-01`, to: today };
}

/**
 * The weekdays of `range` with the pupil's absence. `counted` names the kinds the percentage
 * counts (the guideline's percent rule's, so the line can be read against its threshold); each
 * day's minutes are capped at `dayMinutes`, so a whole day and a late arrival are not more than
 * a day.
 */
export function termDays(calendar: SchoolCalendar, absences: readonly TermAbsence[], range: DateRange, dayMinutes: number, counted: readonly AbsenceKind[]): TermDay[] {
  const byDate = new Map<IsoDate, TermAbsence[]>();
  for (const absence of absences) byDate.set(absence.date, [...(byDate.get(absence.date) ?? []), absence]);
  const days: TermDay[] = [];
  let schoolDays = 0;
  let missed = 0;
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    if (isoWeekday(date) > 5) continue;
    const recorded = byDate.get(date) ?? [];
    if (isClosed(calendar, date)) {
      days.push({ date, schoolDay: false, minutes: 0, wholeDay: false, kinds: [], percent: null });
      continue;
    }
    schoolDays += 1;
    missed += cappedMinutes(recorded.filter((absence) => counted.includes(absence.kind)), dayMinutes);
    days.push({
      date,
      schoolDay: true,
      minutes: cappedMinutes(recorded, dayMinutes),
      wholeDay: recorded.some((absence) => absence.wholeDay),
      kinds: ABSENCE_KINDS.filter((kind) => recorded.some((absence) => absence.kind === kind)),
      percent: (100 * missed) / (schoolDays * dayMinutes),
    });
  }
  return days;
}

function cappedMinutes(absences: readonly TermAbsence[], dayMinutes: number): number {
  return Math.min(
    absences.reduce((sum, absence) => sum + absence.minutes, 0),
    dayMinutes,
  );
}
