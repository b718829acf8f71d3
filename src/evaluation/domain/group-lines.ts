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

/**
 * The two groups' lines of a share: `parts[u][t]` of `wholes[u][t]` (reports investigated of
 * reports decided), as a per cent. Three counts of a unit's period tell on each other — the part,
 * the whole and what is left of it, any two give the third — so a unit's period enters a sum only
 * when all three are shown in their protected tables of every unit of the kind; the count shown is
 * the part.
 */
export function shareLines(parts: readonly (readonly number[])[], wholes: readonly (readonly number[])[], pilot: readonly number[], comparison: readonly number[]): GroupLines {
  const part = protectTable(parts).cells;
  const whole = protectTable(wholes).cells;
  const rest = protectTable(wholes.map((row, u) => row.map((w, t) => w - parts[u]![t]!))).cells;
  const shown = (u: number, t: number) => part[u]![t] !== null && whole[u]![t] !== null && rest[u]![t] !== null;
  const periods = parts[0]?.length ?? 0;
  const line = (members: readonly number[]): GroupPoint[] =>
    Array.from({ length: periods }, (_, t) => {
      if (members.length === 0) return { count: null, rate: null };
      const count = sumIfShown(members.map((u) => (shown(u, t) ? part[u]![t]! : null)));
      const of = sumIfShown(members.map((u) => (shown(u, t) ? whole[u]![t]! : null)));
      return { count, rate: of === null ? null : rateIfShown(count, of) };
    });
  return { pilot: line(pilot), comparison: line(comparison) };
}
