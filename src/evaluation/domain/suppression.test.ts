/**
 * Small-count protection: hand-worked tables, and a property test over random tables that no
 * shown count is below 5 and that no hidden count follows from the shown ones, checked by
 * linear algebra (not by the bridge rule the code uses).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectTable, rateIfShown, sumIfShown, type ProtectedTable } from './suppression.ts';

describe('protectTable by hand', () => {
  it('shows a table with no small counts whole, totals included', () => {
    expect(protectTable([[5, 6], [7, 8]])).toEqual({ cells: [[5, 6], [7, 8]], rowTotals: [11, 15], columnTotals: [12, 14], total: 26 });
  });

  it('hides a 3 and, so it cannot be got back from the totals, the smallest counts that close a cycle with it', () => {
    //   3  10 | 13          _  _ | 13
    //  20   9 | 29   →     _  _ | 29     (3 hidden; 10, 20 and 9 each alone in a row or column with it:
    //  23  19 | 42         23 19 | 42      hiding 9 makes the rectangle 3–10–9–20, which needs all four)
    const table = protectTable([[3, 10], [20, 9]]);
    expect(table.cells).toEqual([[null, null], [null, null]]);
    expect(table.rowTotals).toEqual([13, 29]);
    expect(table.columnTotals).toEqual([23, 19]);
  });

  it('in a wider table, hides a rectangle with the small count and leaves the rest', () => {
    //   2  50  6 | 58        _ 50  _ | 58
    //  40  60  8 | 108  →    _ 60  _ | 108
    //  42 110 14 | 166      42 110 14 | 166
    const table = protectTable([[2, 50, 6], [40, 60, 8]]);
    expect(table.cells).toEqual([[null, 50, null], [null, 60, null]]);
    expect(table.columnTotals).toEqual([42, 110, 14]);
  });

  it('hides a small total and what would give it away', () => {
    const table = protectTable([[1, 2], [30, 40]]);
    expect(table.rowTotals[0]).toBeNull();
    expect(table.cells[0]).toEqual([null, null]);
  });
});

describe('views built from shown counts', () => {
  it('sums and rates only when every count in them is shown', () => {
    expect(sumIfShown([5, 7])).toBe(12);
    expect(sumIfShown([5, null])).toBeNull();
    expect(rateIfShown(null, 200)).toBeNull();
    expect(rateIfShown(6, 200)).toBe(3);
  });
});

/** The table with totals as unknowns for the hidden entries and constants for the shown. */
function equations(table: ProtectedTable, counts: number[][]) {
  const rows = counts.length;
  const columns = counts[0]!.length;
  const grid = [...table.cells.map((row, r) => [...row, table.rowTotals[r]!]), [...table.columnTotals, table.total]];
  const unknowns: [number, number][] = [];
  grid.forEach((line, r) => line.forEach((value, c) => value === null && unknowns.push([r, c])));
  const at = (r: number, c: number) => unknowns.findIndex(([ur, uc]) => ur === r && uc === c);
  const lines: number[][] = [];
  // Each row: its cells less its total = 0; each column alike.
  for (let r = 0; r <= rows; r += 1) lines.push(lineOf(Array.from({ length: columns + 1 }, (_, c) => [r, c, c === columns ? -1 : 1] as const)));
  for (let c = 0; c <= columns; c += 1) lines.push(lineOf(Array.from({ length: rows + 1 }, (_, r) => [r, c, r === rows ? -1 : 1] as const)));
  return { unknowns, lines };

  function lineOf(terms: readonly (readonly [number, number, number])[]) {
    const coefficients = new Array<number>(unknowns.length).fill(0);
    for (const [r, c, sign] of terms) if (at(r, c) >= 0) coefficients[at(r, c)]! += sign;
    return coefficients;
  }
}

/** Rank by Gaussian elimination; the coefficients are small whole numbers, so a tolerance is safe. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && rank < m.length; c += 1) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    for (let i = 0; i < m.length; i += 1) {
      if (i === rank) continue;
      const factor = m[i]![c]! / m[rank]![c]!;
      for (let k = c; k < columns; k += 1) m[i]![k]! -= factor * m[rank]![k]!;
    }
    rank += 1;
  }
  return rank;
}

/** A hidden entry is determined when its unit vector lies in the row space of the equations. */
function determinedHidden(table: ProtectedTable, counts: number[][]): number[] {
  const { unknowns, lines } = equations(table, counts);
  const base = rank(lines);
  return unknowns.flatMap((_, i) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[i] = 1;
    return rank([...lines, unit]) === base ? [i] : [];
  });
}

describe('protectTable over random tables', () => {
  const tables = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    );

  it('shows no count below 5 and no hidden count can be worked out from the shown ones', () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const table = protectTable(counts);
        const shown = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.total].filter((v) => v !== null);
        for (const count of shown) expect(count).toBeGreaterThanOrEqual(5);
        expect(determinedHidden(table, counts)).toEqual([]);
        // What is shown is what was counted.
        table.cells.forEach((row, r) => row.forEach((value, c) => value === null || expect(value).toBe(counts[r]![c])));
      }),
      { numRuns: 400 },
    );
  });

  it('two views (sums over any two sets of rows) never give away a hidden cell by their difference', () => {
    fc.assert(
      fc.property(tables, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (counts, inA, inB) => {
        const table = protectTable(counts);
        for (let c = 0; c < counts[0]!.length; c += 1) {
          const column = table.cells.map((row) => row[c]!);
          const a = sumIfShown(column.filter((_, r) => inA[r]));
          const b = sumIfShown(column.filter((_, r) => inB[r]));
          if (a === null || b === null) continue;
          // Both views shown means every cell in either is shown: the difference reveals no hidden cell.
          column.forEach((value, r) => (inA[r] || inB[r]) && expect(value).not.toBeNull());
        }
      }),
    );
  });
});
