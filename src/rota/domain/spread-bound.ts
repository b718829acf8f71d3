/**
 * How fair a rota can be at best, from whole shifts alone. The solver's fairness goal is the
 * spread max − min of each person's load (history + shifts taken) / FTE; its linear relaxation
 * may split shifts, and with mixed FTEs it then evens every load out to a spread of (nearly)
 * nothing, so the proven bound stays far below any rota. Whole shifts cannot: a person of 0.6
 * FTE with 3 nights carried in has loads 5, 6.67, 8.33, … and nothing between.
 *
 * `spreadBounds` finds, exactly, over every way of giving each person a whole number of the
 * category's shifts (within how many they could take at all) that adds up to a total the
 * shifts' minimum and wanted staffing allow:
 * - the smallest spread any such split has,
 * - the smallest highest load, and the largest lowest load.
 * Every legal rota is such a split (its loads are these, its total is within the staffing), so
 * no legal rota does better than any of the three: they are valid bounds (the brute force in
 * spread-bound.test.ts checks this on small cases). The rest of the rules are left out, which
 * only makes the bounds weaker, never wrong.
 */

export interface Candidate {
  fte: number;
  /** Shifts of the category carried in from before the period. */
  history: number;
  /** Shifts of the category in the period this person could take at all (not blocked). */
  most: number;
}

export interface SpreadBounds {
  /** No split has a smaller max − min. */
  spread: number;
  /** No split has a smaller highest load. */
  highest: number;
  /** No split has a larger lowest load. */
  lowest: number;
}

/**
 * Loads within this of each other are taken as equal, so rounding in (history + k) / FTE never
 * makes a split look impossible: a split wrongly thought possible only weakens the bound.
 */
const EPS = 1e-9;

/** null: no split reaches a total within [totalMin, totalMax] (no legal rota meets the staffing). */
export function spreadBounds(people: Candidate[], totalMin: number, totalMax: number): SpreadBounds | null {
  if (people.length === 0) return totalMin <= 0 && 0 <= totalMax ? { spread: 0, highest: 0, lowest: 0 } : null;
  const loads = [...new Set(people.flatMap((c) => Array.from({ length: c.most + 1 }, (_, k) => (c.history + k) / c.fte)))].sort((a, b) => a - b);
  // Whether every person can be given a whole number of shifts with a load in [lo, hi] and the
  // shifts add up to an allowed total.
  const fits = (lo: number, hi: number) => {
    let least = 0;
    let most = 0;
    for (const c of people) {
      const from = Math.max(0, Math.ceil(lo * c.fte - c.history - EPS));
      const to = Math.min(c.most, Math.floor(hi * c.fte - c.history + EPS));
      if (from > to) return false;
      least += from;
      most += to;
    }
    return least <= totalMax && most >= totalMin;
  };
  const top = loads.length - 1;
  if (!fits(loads[0]!, loads[top]!)) return null;
  // The lowest load of the best split is one of the loads; for each, the smallest highest that
  // fits only grows as the lowest grows (a narrower range fits less), so one sweep finds both.
  let spread = Infinity;
  let lowest = -Infinity;
  let hi = 0;
  for (let lo = 0; lo <= top; lo++) {
    if (hi < lo) hi = lo;
    while (hi <= top && !fits(loads[lo]!, loads[hi]!)) hi++;
    if (hi > top) break;
    spread = Math.min(spread, loads[hi]! - loads[lo]!);
    lowest = loads[lo]!;
  }
  let highest = loads[top]!;
  for (let h = 0; h <= top; h++) {
    if (fits(loads[0]!, loads[h]!)) {
      highest = loads[h]!;
      break;
    }
  }
  return { spread, highest, lowest };
}
