/**
 * The rules a booking of a consultation slot must pass, decided here so the API, the page and
 * tests agree: the slot must be in the plan that day, must not have started (in Norwegian
 * time, whatever the server's zone), and must be free. The database's unique key backs the
 * last rule up against two people booking at once.
 */
import { localDate, type IsoDate } from '../../time/dates.ts';
import { isClockTime, localClockTime, type ClockTime } from '../../time/clock-time.ts';
import { isIsoDate } from '../../time/iso-dates.ts';
import { occurrenceOn, slotsOf, type RecurringHour } from '../../time/recurrence.ts';
import type { SchoolCalendar } from '../../time/school-calendar.ts';

/** A slot by its date and start, as a booking refers to it. */
export interface SlotRef {
  date: IsoDate;
  start: ClockTime;
}

/** A slot of the plan on a date, with its end. */
export interface DatedSlot extends SlotRef {
  end: ClockTime;
}

/** Why a booking is refused; the page words it. */
export type BookingRefusal = 'no_hour_that_day' | 'no_such_slot' | 'slot_started' | 'already_booked';

export type BookingCheck = { ok: true; slot: DatedSlot } | { ok: false; reason: BookingRefusal };

/** What a booking is checked against. */
export interface BookingContext {
  calendar: SchoolCalendar;
  hour: RecurringHour;
  /** The hour's live (not cancelled) bookings. */
  booked: readonly SlotRef[];
  /** The instant of the request; read as Europe/Oslo wall-clock time. */
  now: Date;
}

/**
 * Whether `request` may be booked, and if so the full slot. Refusals in order: no hour that
 * day (bad date, wrong weekday, outside the plan, closed), no such slot, already started, taken.
 */
export function checkBooking(context: BookingContext, request: SlotRef): BookingCheck {
  const occurrence = isIsoDate(request.date) ? occurrenceOn(context.calendar, context.hour, request.date) : null;
  if (occurrence === null) return { ok: false, reason: 'no_hour_that_day' };
  const slot = isClockTime(request.start) ? slotsOf(occurrence, context.hour.slotMinutes).find((s) => s.start === request.start) : undefined;
  if (slot === undefined) return { ok: false, reason: 'no_such_slot' };
  if (hasStarted(request, context.now)) return { ok: false, reason: 'slot_started' };
  if (context.booked.some((b) => b.date === request.date && b.start === request.start)) return { ok: false, reason: 'already_booked' };
  return { ok: true, slot: { date: request.date, start: slot.start, end: slot.end } };
}

/** Whether a booking may still be cancelled or moved: until its slot starts. */
export function canChangeBooking(booking: SlotRef, now: Date): boolean {
  return !hasStarted(booking, now);
}

/**
 * Moving a booking: the current slot must not have started and the new one (in `context`,
 * which may be another hour) must pass `checkBooking`. Moving onto the same slot reads as
 * `already_booked`.
 */
export function checkReschedule(context: BookingContext, current: SlotRef, request: SlotRef): BookingCheck {
  if (!canChangeBooking(current, context.now)) return { ok: false, reason: 'slot_started' };
  return checkBooking(context, request);
}

/** Whether Norwegian wall-clock time at `now` has reached the slot's start (a slot at 10:00 has started at 10:00:00). */
function hasStarted(slot: SlotRef, now: Date): boolean {
  const today = localDate(now);
  return today > slot.date || (today === slot.date && localClockTime(now) >= slot.start);
}
