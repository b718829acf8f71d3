/**
 * The stretch of dates a rule counts over, as seen on the day the flags are computed, and the
 * school days inside it: a rolling window ends on that day, a calendar window runs from the
 * start of its month, quarter or school term up to that day.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isClosed, type SchoolCalendar } from '../../time/school-calendar.ts';
import type { RuleWindow } from './guideline.ts';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** The dates `window` covers on `asOf`, both ends inclusive. */
export function windowOn(window: RuleWindow, asOf: IsoDate): DateRange {
  if (window.kind === 'rolling_weeks') return { from: addDays(asOf, 1 - 7 * window.weeks), to: asOf };
  return { from: periodStart(window.period, asOf), to: asOf };
}

function periodStart(period: 'month' | 'quarter' | 'half_year', asOf: IsoDate): IsoDate {
  const year = asOf.slice(0, 4);
  const month = Number(asOf.slice(5, 7));
  if (period === 'month') return `${asOf.slice(0, 7)}-01`;
  if (period === 'quarter') return `${year}-${pad(month - ((month - 1) % 3))}-01`;
  return month >= 8 ? `${year}-08-01` : `${year}-01-01`;
}

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

/** The days schools are open in `range`, in order: the days absence is counted on. */
export function schoolDaysIn(calendar: SchoolCalendar, range: DateRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    if (!isClosed(calendar, date)) days.push(date);
  }
  return days;
}
