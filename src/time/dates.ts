/**
 * Calendar dates as plain 'YYYY-MM-DD' strings, computed in UTC so that no server time zone
 * or summer time shift can move a legal deadline by a day.
 */
import { DEFAULT_TIME_ZONE, zonedFormatter } from './zone.ts';

export type IsoDate = string;

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function fromIsoDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = fromIsoDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  return fromIsoDate(iso).getUTCDay();
}

/** The calendar date on the clocks of `timeZone` at the given instant. */
export function localDate(instant: Date, timeZone = DEFAULT_TIME_ZONE): IsoDate {
  return zonedFormatter('date', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA').format(instant);
}
