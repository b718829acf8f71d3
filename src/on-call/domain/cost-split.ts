/**
 * Splitting the on-call service's cost for a month between the cooperating municipalities, by
 * a key the cooperation agrees on: population share, share of calls, share of time spent, or a
 * weighted mix of them. Exact: the arithmetic is in whole øre with BigInt, and the shares add
 * up to the cost to the øre.
 *
 * Rounding, stated: each municipality gets its exact share rounded down to the øre; the øre left
 * over (fewer than the number of municipalities) go one each to the largest remainders
 * (Hamilton's largest remainder method), ties to the municipality listed first.
 */

export const COST_BASES = ['population', 'calls', 'minutes'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** Percent per basis, adding up to 100: { calls: 100 } alone, or a mix such as { population: 50, calls: 50 }. */
export type CostKey = Partial<Record<CostBasis, number>>;

export interface MunicipalityFigures {
  id: string;
  population: number;
  calls: number;
  minutes: number;
}

export type SplitResult =
  | { ok: true; shares: { id: string; ore: number }[] }
  | { ok: false; problem: 'key_not_100' | 'negative_figure' | 'empty_basis'; basis?: CostBasis };

export function splitCost(costOre: number, key: CostKey, municipalities: readonly MunicipalityFigures[]): SplitResult {
  const parts = COST_BASES.flatMap((basis) => ((key[basis] ?? 0) > 0 ? [{ basis, percent: key[basis]! }] : []));
  if (parts.reduce((sum, p) => sum + p.percent, 0) !== 100 || parts.some((p) => !Number.isInteger(p.percent))) return { ok: false, problem: 'key_not_100' };
  if (municipalities.some((m) => COST_BASES.some((b) => m[b] < 0 || !Number.isInteger(m[b])))) return { ok: false, problem: 'negative_figure' };
  const totals = parts.map((p) => BigInt(municipalities.reduce((sum, m) => sum + m[p.basis], 0)));
  const empty = parts.find((_, i) => totals[i] === 0n);
  if (empty) return { ok: false, problem: 'empty_basis', basis: empty.basis };

  // Each municipality's weight over one common denominator: Σ percent × figure × (D / total), D = Π totals.
  const common = totals.reduce((product, total) => product * total, 1n);
  const weights = municipalities.map((m) => parts.reduce((sum, p, i) => sum + BigInt(p.percent) * BigInt(m[p.basis]) * (common / totals[i]!), 0n));
  const denominator = 100n * common;
  const cost = BigInt(costOre);
  const floors = weights.map((w) => (cost * w) / denominator);
  const remainders = weights.map((w) => (cost * w) % denominator);
  let left = Number(cost - floors.reduce((sum, f) => sum + f, 0n));
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const extra = new Array<number>(municipalities.length).fill(0);
  for (const { i } of order) {
    if (left === 0) break;
    extra[i] = 1;
    left -= 1;
  }
  return { ok: true, shares: municipalities.map((m, i) => ({ id: m.id, ore: Number(floors[i]!) + extra[i]! })) };
}
