/**
 * Group-time average effects for staggered adoption, in the manner of Callaway & Sant'Anna
 * (2021, "Difference-in-Differences with multiple time periods", J. Econometrics 225(2)),
 * with not-yet-treated units as controls and one base period per group (the period before it
 * started, the "universal" base):
 *
 *   ATT(g, t) = mean change from g−1 to t of the units that started in g
 *             − mean change from g−1 to t of the units not yet started in either period
 *
 * A plain two-way fixed-effects regression is not used: with staggered starts it compares
 * late starters with early starters' already-changed outcomes and can even flip the sign.
 *
 * Every mean is weighted by each unit's weight times its multiplicity, so the bootstrap and the
 * permutation test reuse this code by passing multiplicities (how often a unit was drawn) or
 * a reshuffled cohort list.
 */
import { NEVER, type Panel } from './panel.ts';

export interface GroupTimeCell {
  /** The period index the group started in. */
  group: number;
  period: number;
  effect: number;
  /** The group's weight in this cell: the sum of its contributing units' weights. */
  weight: number;
}

/**
 * The weighted mean change from period `from` to period `to` over the units `include` picks,
 * NaN when none of them has both periods. The plain 2×2 and the group-time effects both use
 * this one function, which is why they agree to the last bit on a two-period panel.
 */
export function meanChange(
  panel: Panel,
  multiplicity: ArrayLike<number>,
  include: (unit: number) => boolean,
  from: number,
  to: number,
): { mean: number; weight: number } {
  const T = panel.periodCount;
  let sum = 0;
  let total = 0;
  for (let u = 0; u < panel.units.length; u += 1) {
    const m = multiplicity[u]!;
    if (m === 0 || !include(u)) continue;
    const before = panel.rate[u * T + from]!;
    const after = panel.rate[u * T + to]!;
    if (Number.isNaN(before) || Number.isNaN(after)) continue;
    const w = m * panel.weight[u]!;
    sum += w * (after - before);
    total += w;
  }
  return { mean: total > 0 ? sum / total : Number.NaN, weight: total };
}

/** The groups (start periods) present among the units, earliest first. */
export function groupsOf(cohort: readonly number[]): number[] {
  return [...new Set(cohort.filter((g) => g !== NEVER))].sort((a, b) => a - b);
}

/** Every estimable ATT(g, t); a cell without treated or control units with data is left out. */
export function groupTimeEffects(panel: Panel, multiplicity: ArrayLike<number>, cohort: readonly number[] = panel.cohort): GroupTimeCell[] {
  const cells: GroupTimeCell[] = [];
  for (const group of groupsOf(cohort)) {
    const base = group - 1;
    for (let period = 0; period < panel.periodCount; period += 1) {
      if (period === base) continue;
      const notYetStarted = Math.max(period, base);
      const treated = meanChange(panel, multiplicity, (u) => cohort[u] === group, base, period);
      const control = meanChange(panel, multiplicity, (u) => cohort[u]! > notYetStarted && cohort[u] !== group, base, period);
      if (treated.weight === 0 || control.weight === 0) continue;
      cells.push({ group, period, effect: treated.mean - control.mean, weight: treated.weight });
    }
  }
  return cells;
}

/**
 * A weighted average of cells, each weighted by its group's weight (the group's size under
 * equal weighting): Callaway & Sant'Anna's "simple" and "dynamic" aggregations.
 * The weights are normalised first so that a single cell comes back unchanged, bit for bit.
 */
export function aggregate(cells: readonly GroupTimeCell[]): number {
  if (cells.length === 0) return Number.NaN;
  const total = cells.reduce((sum, cell) => sum + cell.weight, 0);
  return cells.reduce((sum, cell) => sum + (cell.weight / total) * cell.effect, 0);
}

/** The overall effect: all cells from each group's start on. */
export function overallEffect(cells: readonly GroupTimeCell[]): number {
  return aggregate(cells.filter((cell) => cell.period >= cell.group));
}

/** The event-study effect e periods from the start (e = −1 is the base, 0 by construction). */
export function eventStudyEffect(cells: readonly GroupTimeCell[], relative: number): number {
  if (relative === -1) return 0;
  return aggregate(cells.filter((cell) => cell.period - cell.group === relative));
}
