/**
 * A municipality's school calendar: the days its schools and kindergartens are closed, so no
 * consultation hour or team meeting is planned on them. Closed = weekend, the country's public
 * holidays (from the kernel, so Norway's 17 May and Easter move by themselves), the school
 * holiday periods the municipality decides, and any extra closed days (planning days).
 */
import { addDays, type IsoDate } from './dates.ts';
import { isPublicHoliday } from './public-holidays.ts';
import type { CountryCode } from './zone.ts';
import { isIsoDate, isoWeekday } from './iso-dates.ts';

/** A school holiday, both ends inclusive; the label is the municipality's own text ("Høstferie"). */
export interface HolidayPeriod {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

/** What a municipality configures; the country picks the public holidays. */
export interface SchoolCalendar {
  country: CountryCode;
  holidays: readonly HolidayPeriod[];
  closedDays?: readonly IsoDate[];
}

/** Why a day is closed, so a page can say "no consultation hour: autumn break" rather than just "closed". */
export type Closure =
  | { kind: 'weekend' }
  | { kind: 'public_holiday' }
  | { kind: 'school_holiday'; label: string }
  | { kind: 'closed_day' };

/** Problems with a holiday period a municipality enters; never thrown, shown beside the field. */
export type HolidayPeriodError = { field: 'from' | 'to'; code: 'bad_date' } | { field: 'to'; code: 'to_before_from' };

/** Why `date` is closed in this calendar, or null when schools are open. Weekend is reported first. */
export function closureOn(calendar: SchoolCalendar, date: IsoDate): Closure | null {
  if (isoWeekday(date) > 5) return { kind: 'weekend' };
  if (isPublicHoliday(calendar.country, date)) return { kind: 'public_holiday' };
  const holiday = calendar.holidays.find((period) => period.from <= date && date <= period.to);
  if (holiday) return { kind: 'school_holiday', label: holiday.label };
  if (calendar.closedDays?.includes(date)) return { kind: 'closed_day' };
  return null;
}

/** Whether schools are closed on `date`: nothing recurring is held on such a day. */
export function isClosed(calendar: SchoolCalendar, date: IsoDate): boolean {
  return closureOn(calendar, date) !== null;
}

/**
 * The last day on or before `date` that schools were open: in the summer holiday (and on a
 * weekend 1 August) that is the last school day of June, so the school year that just ended
 * is still the one a school's figures belong to until the new one has begun. A calendar
 * closed for a whole year has no such day; then `date` itself.
 */
export function latestOpenDay(calendar: SchoolCalendar, date: IsoDate): IsoDate {
  for (let day = date, step = 0; step < 366; day = addDays(day, -1), step += 1) {
    if (!isClosed(calendar, day)) return day;
  }
  return date;
}

/** Checks a holiday period typed into the calendar form; an empty list means it can be saved. */
export function validateHolidayPeriod(period: { from: string; to: string }): HolidayPeriodError[] {
  const errors: HolidayPeriodError[] = [];
  if (!isIsoDate(period.from)) errors.push({ field: 'from', code: 'bad_date' });
  if (!isIsoDate(period.to)) errors.push({ field: 'to', code: 'bad_date' });
  if (errors.length === 0 && period.to < period.from) errors.push({ field: 'to', code: 'to_before_from' });
  return errors;
}
