/**
 * The two groups' lines over time as the page shows them: counts and rates per period, each
 * built only from unit counts that a protected table of *every* unit of the kind in the
 * municipality would show (see suppression.ts). Whatever pilot and comparison a leader picks,
 * what they see is a sum of cells of that one table, so no two views together give away a
 * hidden count.
 */
import { protectTable, rateIfShown, sumIfShown } from './suppression.ts';

export interface GroupPoint {
  count: number | null;
  rate: number | null;
}

export interface GroupLines {
  pilot: GroupPoint[];
  comparison: GroupPoint[];
}

/**
 * `counts[u][t]`: unit u's count in period t, for all units of the kind; `denominators[u]`;
 * `pilot` and `comparison`: indices into them.
 */
export function groupLines(counts: readonly (readonly number[])[], denominators: readonly number[], pilot: readonly number[], comparison: readonly number[]): GroupLines {
  const shown = protectTable(counts).cells;
  const periods = counts[0]?.length ?? 0;
  const line = (members: readonly number[]): GroupPoint[] => {
    const denominator = members.reduce((sum, u) => sum + denominators[u]!, 0);
    return Array.from({ length: periods }, (_, t) => {
      const count = members.length === 0 ? null : sumIfShown(members.map((u) => shown[u]![t]!));
      return { count, rate: rateIfShown(count, denominator) };
    });
  };
  return { pilot: line(pilot), comparison: line(comparison) };
}
