/**
 * When a call that needs follow-up is handed over to the municipality's intake, and when it is
 * flagged to the leader if nobody has taken it over. Pure, on the municipality's wall clock:
 * the handover is 08:00 on a working day (DOMAIN.md: "the regular service takes over next
 * working day"), and a handover nobody took over is overdue at noon the same day.
 */
import type { CountryCode } from '../../time/zone.ts';
import { addDays, localDate, type IsoDate } from '../../time/dates.ts';
import { localClockTime } from '../../time/clock-time.ts';
import { isWorkingDay, nextWorkingDay } from '../../time/working-days.ts';
import { localInstant } from '../../time/zoned-instant.ts';
import { timeZoneOf } from '../../time/zone.ts';

export const HANDOVER_TIME = '08:00';
export const OVERDUE_TIME = '12:00';

/**
 * The working morning whose handover carries a call received at `receivedAt`: that very day when
 * it came before 08:00 on a working day, else the next working day.
 */
export function handoverDateOf(receivedAt: Date, country: CountryCode): IsoDate {
  const zone = timeZoneOf(country);
  const day = localDate(receivedAt, zone);
  const beforeHandover = localClockTime(receivedAt, zone) < HANDOVER_TIME;
  return beforeHandover && isWorkingDay(country, day) ? day : nextWorkingDay(country, day);
}

/**
 * The calls a handover morning carries were received from the previous working morning's 08:00
 * up to this morning's 08:00: the window to select them by.
 */
export function handoverWindow(date: IsoDate, country: CountryCode): { from: Date; to: Date } {
  const zone = timeZoneOf(country);
  let previous = date;
  do previous = addDays(previous, -1);
  while (!isWorkingDay(country, previous));
  return { from: localInstant(previous, HANDOVER_TIME, zone), to: localInstant(date, HANDOVER_TIME, zone) };
}

/** The instant a handover of `date` is flagged to the leader when some call in it is not taken over. */
export function overdueAt(date: IsoDate, country: CountryCode): Date {
  return localInstant(date, OVERDUE_TIME, timeZoneOf(country));
}

export type HandoverState = 'taken_over' | 'waiting' | 'overdue';

export function handoverState(call: { receivedAt: Date; takenOverAt: Date | null }, country: CountryCode, now: Date): HandoverState {
  if (call.takenOverAt) return 'taken_over';
  return now >= overdueAt(handoverDateOf(call.receivedAt, country), country) ? 'overdue' : 'waiting';
}
