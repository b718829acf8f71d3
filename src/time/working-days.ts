/** Working days: Monday to Friday that are not public holidays in the country. */
import type { CountryCode } from './zone.ts';
import { addDays, weekday, type IsoDate } from './dates.ts';
import { isPublicHoliday } from './public-holidays.ts';

export function isWorkingDay(country: CountryCode, date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isPublicHoliday(country, date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(country: CountryCode, date: IsoDate): IsoDate {
  return addWorkingDays(country, date, 1);
}

/** The date `count` working days after `date` (count ≥ 1); the start day itself never counts. */
export function addWorkingDays(country: CountryCode, date: IsoDate, count: number): IsoDate {
  let current = date;
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(country, current)) left -= 1;
  }
  return current;
}
