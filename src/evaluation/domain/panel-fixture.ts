/** Panels for the tests, written as rates per 100 so the hand-worked answers read directly. */
import { buildPanel, type Panel, type PanelRow, type Weighting } from './panel.ts';

/**
 * One row per unit and period from a table of rates: `{ A: { from: '2026-Q2', rates: [10, 8] } }`
 * with periods from `first` on; a null rate leaves the row out. The denominator is 100 unless
 * given, so the outcome is the rate (rounded to a whole count).
 */
export function panelOf(
  units: Record<string, { from?: string; rates: (number | null)[]; denominator?: number }>,
  first = '2026-Q1',
  weighting: Weighting = 'equal',
): Panel {
  const result = buildPanel(rowsOf(units, first), weighting);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.panel;
}

export function rowsOf(units: Record<string, { from?: string; rates: (number | null)[]; denominator?: number }>, first = '2026-Q1'): PanelRow[] {
  const [year, quarter] = [Number(first.slice(0, 4)), Number(first.slice(6))];
  const label = (t: number) => {
    const ordinal = year * 4 + quarter - 1 + t;
    return `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`;
  };
  return Object.entries(units).flatMap(([unit, { from, rates, denominator = 100 }]) =>
    rates.flatMap((rate, t) =>
      rate === null ? [] : [{ unit, period: label(t), treatedFrom: from ?? '', outcome: Math.round((rate * denominator) / 100), denominator }],
    ),
  );
}
