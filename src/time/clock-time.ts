/**
 * Wall-clock times 'HH:MM' (24-hour) as the consultation plans store them, and the clock time
 * it is in Norway and Denmark at an instant, so "has the slot started?" is asked in the
 * schools' own time whatever the server's time zone.
 */

/** A time of day 'HH:MM', 00:00–23:59. */
import { DEFAULT_TIME_ZONE, zonedFormatter } from './zone.ts';

export type ClockTime = string;

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether user input is a valid 'HH:MM' time of day. */
export function isClockTime(value: string): value is ClockTime {
  return CLOCK_TIME.test(value);
}

/** Minutes since midnight of a valid clock time, for arithmetic and comparison. */
export function toMinutes(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The clock time `minutes` after midnight (0 ≤ minutes < 1440). */
export function fromMinutes(minutes: number): ClockTime {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The wall-clock time (truncated to the minute) at `instant` in `timeZone`; the kernel's `localDate` gives the date. */
export function localClockTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): ClockTime {
  const parts = zonedFormatter('clock', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}
