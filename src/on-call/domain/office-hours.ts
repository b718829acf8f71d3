/**
 * When the child welfare office is open, so what arrives outside it is the on-call service's
 * to know at once: working days from the morning handover (08:00) to 15:30, when the evening
 * team starts (issue 14's Sarpsborg seed). Pure, on the municipality's wall clock; weekends and
 * public holidays are outside office hours all day.
 */
import { localClockTime } from '../../time/clock-time.ts';
import { localDate } from '../../time/dates.ts';
import { isWorkingDay } from '../../time/working-days.ts';
import { timeZoneOf, type CountryCode } from '../../time/zone.ts';
import { HANDOVER_TIME } from './handover.ts';

export const OFFICE_CLOSES = '15:30';

export function isOutsideOfficeHours(at: Date, country: CountryCode): boolean {
  const zone = timeZoneOf(country);
  if (!isWorkingDay(country, localDate(at, zone))) return true;
  const time = localClockTime(at, zone);
  return time < HANDOVER_TIME || time >= OFFICE_CLOSES;
}
