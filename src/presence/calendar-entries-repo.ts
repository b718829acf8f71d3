/**
 * What presence puts in a person's calendar: the feed (calendar/feed.ts) shows their hours and
 * bookings, and a reminder (calendar/reminders.ts) says when, where and with whom a booking is.
 * Times, the unit's name and the people only — never a booking's purpose or topic. Read in the
 * caller's transaction; the calendar shows a person only their own, so these check nothing.
 */
import type { Db } from '../kernel/db/database.ts';
import { fromMinutes, toMinutes } from '../time/clock-time.ts';
import type { IsoDate } from '../time/dates.ts';
import { occurrencesOf, type SchoolWeekday } from '../time/recurrence.ts';
import { findCalendarInputs } from './repo.ts';

export interface HourOccurrence {
  hourId: string;
  date: IsoDate;
  start: string;
  end: string;
  unitName: string;
}

export interface BookedSlot {
  id: string;
  date: IsoDate;
  start: string;
  end: string;
  unitName: string;
}

export interface BookingToRemind extends BookedSlot {
  /** Whether it still stands: a cancelled booking does not. */
  stands: boolean;
  /** The booker and the hour's contact. */
  staffIds: string[];
}

/** The contact's consultation hours from `from` to `to`, as they fall in each unit's school calendar. */
export async function hourOccurrencesOf(db: Db, staffId: string, range: { from: IsoDate; to: IsoDate }): Promise<HourOccurrence[]> {
  const hours = await db
    .selectFrom('consultation_hour as h')
    .innerJoin('unit as u', 'u.id', 'h.unit_id')
    .select(['h.id', 'h.weekday', 'h.start_time', 'h.end_time', 'h.slot_minutes', 'h.from_date', 'h.to_date', 'u.name as unit_name', 'u.municipality_id'])
    .where('h.contact_staff_id', '=', staffId)
    .execute();
  const calendars = new Map<string, Awaited<ReturnType<typeof findCalendarInputs>>>();
  const occurrences: HourOccurrence[] = [];
  for (const h of hours) {
    let calendar = calendars.get(h.municipality_id);
    if (!calendar) calendars.set(h.municipality_id, (calendar = await findCalendarInputs(db, h.municipality_id)));
    const recurring = { weekday: h.weekday as SchoolWeekday, start: h.start_time, end: h.end_time, slotMinutes: h.slot_minutes, from: h.from_date, to: h.to_date };
    for (const o of occurrencesOf(calendar, recurring, range)) {
      occurrences.push({ hourId: h.id, date: o.date, start: o.start, end: o.end, unitName: h.unit_name });
    }
  }
  return occurrences;
}

const bookingColumns = (db: Db) =>
  db
    .selectFrom('booking as b')
    .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
    .innerJoin('unit as u', 'u.id', 'h.unit_id')
    .select(['b.id', 'b.status', 'b.date', 'b.start_time', 'h.slot_minutes', 'u.name as unit_name', 'b.booked_by_staff_id', 'h.contact_staff_id']);

type BookingColumns = Awaited<ReturnType<ReturnType<typeof bookingColumns>['executeTakeFirstOrThrow']>>;

const slotOf = (b: BookingColumns): BookedSlot => ({
  id: b.id,
  date: b.date,
  start: b.start_time,
  end: fromMinutes(toMinutes(b.start_time) + b.slot_minutes),
  unitName: b.unit_name,
});

/** The person's bookings since `since` that still stand, as booker or as the hour's contact. */
export async function bookingsOf(db: Db, staffId: string, since: IsoDate): Promise<BookedSlot[]> {
  const rows = await bookingColumns(db)
    .where('b.status', '=', 'booked')
    .where('b.date', '>=', since)
    .where((eb) => eb.or([eb('b.booked_by_staff_id', '=', staffId), eb('h.contact_staff_id', '=', staffId)]))
    .execute();
  return rows.map(slotOf);
}

/** One booking as a reminder tells of it, or undefined when there is no such booking. */
export async function bookingToRemind(db: Db, bookingId: string): Promise<BookingToRemind | undefined> {
  const row = await bookingColumns(db).where('b.id', '=', bookingId).executeTakeFirst();
  return row && { ...slotOf(row), stands: row.status === 'booked', staffIds: [row.booked_by_staff_id, row.contact_staff_id] };
}
