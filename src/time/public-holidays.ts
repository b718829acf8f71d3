/**
 * Public holidays of Norway and Denmark, computed from the year (Easter by the Gregorian
 * computus), so working-day deadlines are right in any year without a table to keep up.
 */
import type { CountryCode } from './zone.ts';
import { addDays, type IsoDate } from './dates.ts';

/** Easter Sunday (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The public holidays of a year, in date order. */
export function publicHolidays(country: CountryCode, year: number): IsoDate[] {
  const easter = easterSunday(year);
  const movable = [-3, -2, 0, 1, 39, 49, 50].map((offset) => addDays(easter, offset));
  const fixed = country === 'NO' ? ['01-01', '05-01', '05-17', '12-25', '12-26'] : ['01-01', '12-25', '12-26'];
  // Denmark's Great Prayer Day (4th Friday after Easter) was abolished from 2024.
  const prayerDay = country === 'DK' && year < 2024 ? [addDays(easter, 26)] : [];
  return [...movable, ...prayerDay, ...fixed.map((monthDay) => `${year}-${monthDay}`)].sort();
}

export function isPublicHoliday(country: CountryCode, date: IsoDate): boolean {
  return publicHolidays(country, Number(date.slice(0, 4))).includes(date);
}
