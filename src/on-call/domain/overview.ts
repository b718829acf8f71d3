/**
 * The service's figures for a leader: calls by hour of the day and by weekday, what came of
 * emergency placements, and each worker's load. Aggregates only, protected like every list
 * Tidlig shows with its total: no count below 5, and no hidden count that the shown ones and the
 * total give away (`protectCounts`). Pure; the hour and weekday are on the service's wall clock.
 */
import { protectCounts, SMALL_COUNT_THRESHOLD, suppressSmallCount } from '../../kernel/privacy/small-count.ts';
import { localClockTime } from '../../time/clock-time.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import { localDate } from '../../time/dates.ts';
import { PLACEMENT_OUTCOMES, type PlacementOutcome } from './call-kinds.ts';

export const HOURS_A_BAR = 2;

export interface CallFacts {
  receivedAt: Date;
  placement: PlacementOutcome;
  minutesSpent: number;
  workerIds: readonly string[];
}

export interface WorkerLoad {
  workerId: string;
  /** Calls the worker took part in; null when hidden. */
  calls: number | null;
  /** Hours spent on those calls, to the half hour; null where the calls are hidden. */
  hours: number | null;
}

export interface Overview {
  total: number | null;
  /** Two hours a bar, so a month's calls are not all hidden as small counts: index 0 is 00:00–01:59. */
  byHours: (number | null)[];
  /** Index 0 is Monday. */
  byWeekday: (number | null)[];
  placements: Record<PlacementOutcome, number | null>;
  /** Share of calls without an emergency placement, 0–1, when the placements made are shown. */
  withoutPlacement: number | null;
  /**
   * When fewer than 5 placements were made and so their number is hidden: the share without a
   * placement is at least this, which says no more than that the hidden count is under 5.
   */
  withoutPlacementAtLeast: number | null;
  workers: WorkerLoad[];
}

export function overviewOf(calls: readonly CallFacts[], zone: string, workerIds: readonly string[]): Overview {
  const hours = countInto(24 / HOURS_A_BAR, calls.map((call) => Math.floor(Number(localClockTime(call.receivedAt, zone).slice(0, 2)) / HOURS_A_BAR)));
  const weekdays = countInto(7, calls.map((call) => isoWeekday(localDate(call.receivedAt, zone)) - 1));
  const placementCounts = countInto(PLACEMENT_OUTCOMES.length, calls.map((call) => PLACEMENT_OUTCOMES.indexOf(call.placement)));
  const placements = protectCounts(placementCounts);
  const made = placements.counts[PLACEMENT_OUTCOMES.indexOf('made')]!;
  const total = placements.total;
  return {
    total,
    byHours: protectCounts(hours).counts,
    byWeekday: protectCounts(weekdays).counts,
    placements: Object.fromEntries(PLACEMENT_OUTCOMES.map((outcome, i) => [outcome, placements.counts[i]!])) as Overview['placements'],
    withoutPlacement: total !== null && made !== null ? (total - made) / total : null,
    withoutPlacementAtLeast: total !== null && made === null ? (total - (SMALL_COUNT_THRESHOLD - 1)) / total : null,
    workers: workerLoads(calls, workerIds),
  };
}

function workerLoads(calls: readonly CallFacts[], workerIds: readonly string[]): WorkerLoad[] {
  if (workerIds.length === 0) return [];
  const column = new Map(workerIds.map((id, i) => [id, i]));
  const counts = workerIds.map(() => 0);
  const minutes = workerIds.map(() => 0);
  for (const call of calls) {
    for (const worker of call.workerIds) {
      const i = column.get(worker);
      if (i === undefined) continue;
      counts[i]! += 1;
      minutes[i]! += call.minutesSpent;
    }
  }
  // A call may have several workers, so these counts add up to nothing that is shown: a hidden
  // one cannot be worked out from the others, and hiding those under 5 is enough.
  const shown = counts.map((count) => suppressSmallCount(count));
  return workerIds.map((workerId, i) => ({
    workerId,
    calls: shown[i]!,
    hours: shown[i] === null ? null : Math.round(minutes[i]! / 30) / 2,
  }));
}

function countInto(size: number, indexes: readonly number[]): number[] {
  const counts = Array.from({ length: size }, () => 0);
  for (const index of indexes) counts[index]! += 1;
  return counts;
}
