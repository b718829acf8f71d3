/**
 * A network contact's week: for each day Monday to Sunday, why it is closed (if it is) and
 * the contact's consultation hours held that day with their slots and which are booked.
 * Pure, so the page, the API and the tests agree on what a week holds.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isoWeek, mondayOfIsoWeek } from '../../time/iso-dates.ts';
import type { ClockTime } from '../../time/clock-time.ts';
import { occurrenceOn, slotsOf } from '../../time/recurrence.ts';
import type { PlannedHour } from './clashes.ts';
import { closureOn, type Closure, type SchoolCalendar } from '../../time/school-calendar.ts';

export interface WeekHour extends PlannedHour {
  id: string;
}

/** A live booking of a slot, by its hour. */
export interface BookedSlot {
  hourId: string;
  date: IsoDate;
  start: ClockTime;
}

export interface WeekDay {
  date: IsoDate;
  closure: Closure | null;
  hours: { hourId: string; unitId: string; start: ClockTime; end: ClockTime; slots: number; booked: ClockTime[] }[];
}

/** 'YYYY-Www' as the ISO week's Monday, or null for anything else (week 53 only in years that have one). */
export function mondayOfWeekParam(value: string): IsoDate | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  const monday = mondayOfIsoWeek(year, week);
  const back = isoWeek(monday);
  return back.year === year && back.week === week ? monday : null;
}

/** The ISO week of a date as 'YYYY-Www'. */
export function weekParamOf(date: IsoDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The seven days from `monday`, each with the hours held that day in start order. */
export function weekOf(calendar: SchoolCalendar, monday: IsoDate, hours: readonly WeekHour[], booked: readonly BookedSlot[]): WeekDay[] {
  return Array.from({ length: 7 }, (_, offset) => {
    const date = addDays(monday, offset);
    const held = hours
      .map((hour) => ({ hour, occurrence: occurrenceOn(calendar, hour, date) }))
      .filter((h) => h.occurrence !== null)
      .sort((a, b) => a.hour.start.localeCompare(b.hour.start))
      .map(({ hour }) => {
        const starts = new Set(slotsOf(hour, hour.slotMinutes).map((slot) => slot.start));
        const taken = booked
          .filter((b) => b.hourId === hour.id && b.date === date && starts.has(b.start))
          .map((b) => b.start)
          .sort();
        return { hourId: hour.id, unitId: hour.unitId, start: hour.start, end: hour.end, slots: starts.size, booked: taken };
      });
    return { date, closure: closureOn(calendar, date), hours: held };
  });
}
