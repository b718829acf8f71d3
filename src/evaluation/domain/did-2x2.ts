/**
 * The plain 2×2 difference in differences: the pilot units' mean change from one period to
 * another less the comparison units' mean change. It is the yardstick every other estimator
 * must reproduce on a panel with one period before, one after and a single start.
 */
import { meanChange } from './group-time.ts';
import { NEVER, type Panel } from './panel.ts';

export function differenceInDifferences(panel: Panel, before: number, after: number): number {
  const all = new Float64Array(panel.units.length).fill(1);
  const pilot = meanChange(panel, all, (u) => panel.cohort[u] !== NEVER, before, after);
  const comparison = meanChange(panel, all, (u) => panel.cohort[u] === NEVER, before, after);
  return pilot.mean - comparison.mean;
}
