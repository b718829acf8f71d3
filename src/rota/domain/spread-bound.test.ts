/**
 * The fairness bounds against brute force: every whole split of the shifts enumerated, so the
 * expected figures come from the splits themselves, not from the sweep in spread-bound.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadBounds, type Candidate } from './spread-bound.ts';

/** Every split n_i ∈ [0, most_i] with a total in [totalMin, totalMax]: its loads (history + n) / FTE. */
function* splits(people: Candidate[], totalMin: number, totalMax: number): Generator<number[]> {
  const counts = people.map(() => 0);
  for (;;) {
    const total = counts.reduce((t, n) => t + n, 0);
    if (total >= totalMin && total <= totalMax) yield people.map((c, i) => (c.history + counts[i]!) / c.fte);
    let i = 0;
    while (i < people.length && counts[i] === people[i]!.most) counts[i++] = 0;
    if (i === people.length) return;
    counts[i]!++;
  }
}

function bruteForce(people: Candidate[], totalMin: number, totalMax: number) {
  let spread = Infinity;
  let highest = Infinity;
  let lowest = -Infinity;
  for (const loads of splits(people, totalMin, totalMax)) {
    const max = Math.max(...loads);
    const min = Math.min(...loads);
    spread = Math.min(spread, max - min);
    highest = Math.min(highest, max);
    lowest = Math.max(lowest, min);
  }
  return spread === Infinity ? null : { spread, highest, lowest };
}

const candidate = fc.record({ fte: fc.constantFrom(0.5, 0.6, 0.8, 1), history: fc.integer({ min: 0, max: 6 }), most: fc.integer({ min: 0, max: 5 }) });

describe('spreadBounds', () => {
  it('works a small case by hand: 1 and 0.5 FTE share 3 nights, the half-timer with 1 carried in', () => {
    // Splits (a, b): (3,0) loads 3, 2 · (2,1) 2, 4 · (1,2) 1, 6 · (0,3) 0, 8 → spreads 1, 2, 5, 8.
    const people = [
      { fte: 1, history: 0, most: 3 },
      { fte: 0.5, history: 1, most: 3 },
    ];
    expect(spreadBounds(people, 3, 3)).toEqual({ spread: 1, highest: 3, lowest: 2 });
  });

  it('is exact: the smallest spread, smallest highest and largest lowest load of any whole split', () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 4 }), fc.nat({ max: 12 }), fc.nat({ max: 4 }), (people, from, width) => {
        const found = spreadBounds(people, from, from + width);
        const expected = bruteForce(people, from, from + width);
        if (expected === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        expect(found!.spread).toBeCloseTo(expected.spread, 9);
        expect(found!.highest).toBeCloseTo(expected.highest, 9);
        expect(found!.lowest).toBeCloseTo(expected.lowest, 9);
      }),
      { numRuns: 400 },
    );
  });

  it('never exceeds what a split has, on wide inputs (40 people, history up to 20)', () => {
    // Too many splits to enumerate: any one split drawn at random bounds the answer from the
    // other side (its spread and highest load are no smaller, its lowest load no larger).
    const wide = fc
      .array(fc.record({ fte: fc.constantFrom(0.2, 0.5, 0.6, 0.75, 0.8, 1), history: fc.integer({ min: 0, max: 20 }), most: fc.integer({ min: 0, max: 30 }) }), { minLength: 1, maxLength: 40 })
      .chain((people) => fc.tuple(fc.constant(people), fc.tuple(...people.map((c) => fc.integer({ min: 0, max: c.most })))));
    fc.assert(
      fc.property(wide, ([people, counts]) => {
        const total = counts.reduce((t, n) => t + n, 0);
        const loads = people.map((c, i) => (c.history + counts[i]!) / c.fte);
        const found = spreadBounds(people, total, total)!;
        expect(found.spread).toBeLessThanOrEqual(Math.max(...loads) - Math.min(...loads) + 1e-9);
        expect(found.highest).toBeLessThanOrEqual(Math.max(...loads) + 1e-9);
        expect(found.lowest).toBeGreaterThanOrEqual(Math.min(...loads) - 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('says when no split reaches the staffing', () => {
    expect(spreadBounds([{ fte: 1, history: 0, most: 2 }], 3, 4)).toBeNull();
    expect(spreadBounds([], 1, 1)).toBeNull();
    expect(spreadBounds([], 0, 2)).toEqual({ spread: 0, highest: 0, lowest: 0 });
  });
});
