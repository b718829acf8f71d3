/**
 * A network contact cannot be at two units at once, nor at the next one before they have
 * travelled there. Given the contact's existing weekly plans and a proposed one, find the
 * first dated clash, with what a page needs to name it (date, the other unit, both times and
 * the travel time counted).
 */
import type { IsoDate } from '../../time/dates.ts';
import { toMinutes, type ClockTime } from '../../time/clock-time.ts';
import { occurrencesOf, type RecurringHour } from '../../time/recurrence.ts';
import type { SchoolCalendar } from '../../time/school-calendar.ts';

/** A consultation hour held at a unit. */
export interface PlannedHour extends RecurringHour {
  unitId: string;
}

/** Minutes needed to get from one unit to another. Must be symmetric; same unit is always 0. */
export type TravelMinutes = (unitA: string, unitB: string) => number;

/** Travel times as a municipality configures them: a default and the pairs that differ. */
export interface TravelTimeConfig {
  defaultMinutes: number;
  between?: readonly { unitA: string; unitB: string; minutes: number }[];
}

/** The first day the proposed plan and an existing one cannot both be kept. */
export interface Clash {
  date: IsoDate;
  existing: { unitId: string; start: ClockTime; end: ClockTime };
  proposed: { start: ClockTime; end: ClockTime };
  travelMinutes: number;
}

/** A `TravelMinutes` from configuration: symmetric by construction, 0 within a unit. */
export function travelMinutesFrom(config: TravelTimeConfig): TravelMinutes {
  const pairs = new Map<string, number>();
  for (const { unitA, unitB, minutes } of config.between ?? []) {
    pairs.set(pairKey(unitA, unitB), minutes);
  }
  return (unitA, unitB) => (unitA === unitB ? 0 : (pairs.get(pairKey(unitA, unitB)) ?? config.defaultMinutes));
}

function pairKey(unitA: string, unitB: string): string {
  return unitA < unitB ? `${unitA}\u0000${unitB}` : `${unitB}\u0000${unitA}`;
}

/**
 * The earliest clash between `proposed` and any of `existing` (when editing a plan, leave it
 * out of `existing`), or null. Ties on a date go to the earlier existing hour.
 *
 * Two weekly plans can only meet on dates they share, and those share a weekday; whether the
 * times collide (with travel) does not depend on the date. So each existing plan is tested
 * once on weekday and times, and the first shared open date is found by binary search in the
 * proposed plan's occurrences: O(W + E log W) for W weeks and E existing plans, not O(W·E).
 * All plans are read against one calendar (the contact's municipality).
 */
export function firstClash(
  calendar: SchoolCalendar,
  existing: readonly PlannedHour[],
  proposed: PlannedHour,
  travelMinutes: TravelMinutes,
): Clash | null {
  const dates = occurrencesOf(calendar, proposed).map((occurrence) => occurrence.date);
  let first: Clash | null = null;
  for (const other of existing) {
    if (other.weekday !== proposed.weekday) continue;
    const travel = other.unitId === proposed.unitId ? 0 : travelMinutes(other.unitId, proposed.unitId);
    if (!timesCollide(other, proposed, travel)) continue;
    const date = dates[firstIndexOnOrAfter(dates, other.from)];
    if (date === undefined || date > other.to) continue;
    if (first === null || date < first.date || (date === first.date && other.start < first.existing.start)) {
      first = {
        date,
        existing: { unitId: other.unitId, start: other.start, end: other.end },
        proposed: { start: proposed.start, end: proposed.end },
        travelMinutes: travel,
      };
    }
  }
  return first;
}

/** Whether two same-day hours overlap once `travel` minutes are kept free between them. */
function timesCollide(a: Pick<RecurringHour, 'start' | 'end'>, b: Pick<RecurringHour, 'start' | 'end'>, travel: number): boolean {
  return toMinutes(a.start) < toMinutes(b.end) + travel && toMinutes(b.start) < toMinutes(a.end) + travel;
}

/** Index of the first date ≥ `date` in a sorted list (its length if none). */
function firstIndexOnOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] as IsoDate) < date) low = middle + 1;
    else high = middle;
  }
  return low;
}
