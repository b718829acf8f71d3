/**
 * ISO 8601 date helpers the kernel calendar does not have: validating a date typed by a
 * person, Monday-first weekdays, and ISO week numbers (the weeks Norwegian and Danish schools
 * name their holidays by: "høstferie i uke 40", "vinterferie i uke 8").
 */
import { addDays, fromIsoDate, toIsoDate, weekday, type IsoDate } from './dates.ts';

/** 1 = Monday … 7 = Sunday, as ISO 8601 and Nordic calendars count. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** An ISO week: `year` is the ISO week-year, which differs from the calendar year around New Year. */
export interface IsoWeek {
  year: number;
  week: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Whether user input is a real calendar date 'YYYY-MM-DD' (so '2026-02-30' is refused, not rolled over). */
export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const date = fromIsoDate(value);
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value;
}

/** The Monday-first weekday of a date; the kernel's `weekday` counts from Sunday = 0. */
export function isoWeekday(date: IsoDate): IsoWeekday {
  const day = weekday(date);
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** The ISO week a date falls in: the week belongs to the year its Thursday falls in. */
export function isoWeek(date: IsoDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (fromIsoDate(thursday).getTime() - fromIsoDate(`${year}-01-01`).getTime()) / DAY_MS;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/**
 * The Monday of ISO week `week` of ISO week-year `year` (4 January is always in week 1).
 * A week past the year's last (53 in a 52-week year) rolls into the next year's week 1.
 */
export function mondayOfIsoWeek(year: number, week: number): IsoDate {
  const january4 = `${year}-01-04`;
  const mondayOfWeek1 = addDays(january4, 1 - isoWeekday(january4));
  return addDays(mondayOfWeek1, 7 * (week - 1));
}
