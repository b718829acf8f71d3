/** Wall-clock date and time in a zone → the instant, whatever the daylight-saving offset. Pure. */
import { DEFAULT_TIME_ZONE, zonedFormatter } from './zone.ts';

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/** Minutes the zone is ahead of UTC at the instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = zonedFormatter('instant', timeZone, PARTS).formatToParts(new Date(instant));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of 'YYYY-MM-DD' 'HH:MM' on the clocks of `timeZone`. A time the clocks skip in
 * spring is read an hour on (02:30 → 03:30 summer time); a time they show twice in autumn is
 * the second of the two (02:30 winter time), so neither ever fails.
 */
export function localInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}
