/**
 * A network contact's weekly consultation hour at a unit ("every Tuesday 12:00–14:00,
 * 30-minute slots, from August to June") and the dated occurrences and bookable slots it
 * gives, skipping every day the school calendar says is closed.
 */
import { addDays, type IsoDate } from './dates.ts';
import { fromMinutes, isClockTime, toMinutes, type ClockTime } from './clock-time.ts';
import { isIsoDate, isoWeekday } from './iso-dates.ts';
import { isClosed, type SchoolCalendar } from './school-calendar.ts';

/** Monday (1) to Friday (5): consultation hours are held on school days only. */
export type SchoolWeekday = 1 | 2 | 3 | 4 | 5;

/** A valid weekly consultation hour; obtain one from `parseRecurringHour`. */
export interface RecurringHour {
  weekday: SchoolWeekday;
  start: ClockTime;
  end: ClockTime;
  slotMinutes: number;
  from: IsoDate;
  to: IsoDate;
}

/** What a form sends before it is checked. */
export interface RecurringHourInput {
  weekday: number;
  start: string;
  end: string;
  slotMinutes: number;
  from: string;
  to: string;
}

/** One dated consultation hour. */
export interface Occurrence {
  date: IsoDate;
  start: ClockTime;
  end: ClockTime;
}

/** One bookable part of an occurrence. */
export interface Slot {
  start: ClockTime;
  end: ClockTime;
}

export type RecurrenceErrorCode =
  | 'end_before_start'
  | 'slot_longer_than_hour'
  | 'slot_not_positive'
  | 'to_before_from'
  | 'not_a_weekday'
  | 'bad_time'
  | 'bad_date';

/** A problem with one field, so the form can show it beside that field. */
export interface RecurrenceError {
  field: keyof RecurringHourInput;
  code: RecurrenceErrorCode;
}

export type ParsedRecurringHour = { ok: true; hour: RecurringHour } | { ok: false; errors: RecurrenceError[] };

/**
 * Checks a consultation hour typed by a person and returns it typed, or every problem found
 * (never throws). `end_before_start` also covers an empty hour (end = start);
 * `slot_not_positive` covers anything but a whole number of minutes above zero.
 */
export function parseRecurringHour(input: RecurringHourInput): ParsedRecurringHour {
  const errors: RecurrenceError[] = [];
  const fail = (field: keyof RecurringHourInput, code: RecurrenceErrorCode) => errors.push({ field, code });

  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 5) fail('weekday', 'not_a_weekday');

  const startOk = isClockTime(input.start);
  const endOk = isClockTime(input.end);
  if (!startOk) fail('start', 'bad_time');
  if (!endOk) fail('end', 'bad_time');
  const length = startOk && endOk ? toMinutes(input.end) - toMinutes(input.start) : null;
  if (length !== null && length <= 0) fail('end', 'end_before_start');

  if (!Number.isInteger(input.slotMinutes) || input.slotMinutes <= 0) fail('slotMinutes', 'slot_not_positive');
  else if (length !== null && length > 0 && input.slotMinutes > length) fail('slotMinutes', 'slot_longer_than_hour');

  const fromOk = isIsoDate(input.from);
  const toOk = isIsoDate(input.to);
  if (!fromOk) fail('from', 'bad_date');
  if (!toOk) fail('to', 'bad_date');
  if (fromOk && toOk && input.to < input.from) fail('to', 'to_before_from');

  if (errors.length > 0) return { ok: false, errors };
  const { start, end, slotMinutes, from, to } = input;
  return { ok: true, hour: { weekday: input.weekday as SchoolWeekday, start, end, slotMinutes, from, to } };
}

/** The occurrence on `date`, or null if the hour is not held that day (wrong weekday, outside its dates, closed). */
export function occurrenceOn(calendar: SchoolCalendar, hour: RecurringHour, date: IsoDate): Occurrence | null {
  if (date < hour.from || date > hour.to || isoWeekday(date) !== hour.weekday || isClosed(calendar, date)) return null;
  return { date, start: hour.start, end: hour.end };
}

/**
 * The occurrences of an hour in date order, optionally only those inside `window` (inclusive),
 * e.g. the week a booking page shows. Closed days are skipped, never moved.
 */
export function occurrencesOf(calendar: SchoolCalendar, hour: RecurringHour, window?: { from: IsoDate; to: IsoDate }): Occurrence[] {
  const from = window && window.from > hour.from ? window.from : hour.from;
  const to = window && window.to < hour.to ? window.to : hour.to;
  const occurrences: Occurrence[] = [];
  for (let date = addDays(from, (hour.weekday - isoWeekday(from) + 7) % 7); date <= to; date = addDays(date, 7)) {
    if (!isClosed(calendar, date)) occurrences.push({ date, start: hour.start, end: hour.end });
  }
  return occurrences;
}

/** The bookable slots of an occurrence, back to back from its start; a last slot that would overrun the end is dropped. */
export function slotsOf(occurrence: Pick<Occurrence, 'start' | 'end'>, slotMinutes: number): Slot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return [];
  const end = toMinutes(occurrence.end);
  const slots: Slot[] = [];
  for (let start = toMinutes(occurrence.start); start + slotMinutes <= end; start += slotMinutes) {
    slots.push({ start: fromMinutes(start), end: fromMinutes(start + slotMinutes) });
  }
  return slots;
}
