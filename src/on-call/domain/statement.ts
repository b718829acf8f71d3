/**
 * The monthly cost statement: which calls count for a month, and each municipality's share of
 * the month's cost by the stored key (`splitCost`). Pure, so the same stored figures always
 * give the same statement to the øre.
 */
import { splitCost, type CostBasis, type CostKey, type MunicipalityFigures } from './cost-split.ts';

/** 'YYYY-MM'. */
export type Month = string;

/** The month's first day and the next month's, 'YYYY-MM-DD': a call counts when received from the first's midnight up to the second's, on the service's wall clock. */
export function monthBounds(month: Month): { first: string; next: string } {
  return { first: `${month}-01`, next: `${addMonths(month, 1)}-01` };
}

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: Month, count: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last month that has ended on `today` ('YYYY-MM-DD'): where a leader starts. */
export function lastFullMonth(today: string): Month {
  return addMonths(today.slice(0, 7), -1);
}

export type StatementRow = MunicipalityFigures & { shareOre: number | null };

export type StatementOutcome =
  | { state: 'not_set' }
  | { state: 'split' }
  | { state: 'empty_basis'; basis: CostBasis }
  | { state: 'key_not_100' }
  | { state: 'negative_figure' };

/**
 * Each municipality's figures and share. Without a stored cost and key there are figures but no
 * shares; a key that leans on a basis with nothing in it (no calls that month) splits nothing
 * and says which basis.
 */
export function statementOf(figures: readonly MunicipalityFigures[], stored: { costOre: number; key: CostKey } | null): { rows: StatementRow[]; outcome: StatementOutcome } {
  const unsplit = (outcome: StatementOutcome) => ({ rows: figures.map((f) => ({ ...f, shareOre: null })), outcome });
  if (!stored) return unsplit({ state: 'not_set' });
  const split = splitCost(stored.costOre, stored.key, figures);
  if (!split.ok) return unsplit(split.problem === 'empty_basis' ? { state: 'empty_basis', basis: split.basis! } : { state: split.problem });
  const byId = new Map(split.shares.map((s) => [s.id, s.ore]));
  return { rows: figures.map((f) => ({ ...f, shareOre: byId.get(f.id) ?? 0 })), outcome: { state: 'split' } };
}
