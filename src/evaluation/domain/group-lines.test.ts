import { describe, expect, it } from 'vitest';
import { groupLines } from './group-lines.ts';

describe('groupLines', () => {
  it('sums the pilot and the comparison units per period and gives the rate per 100', () => {
    // Three units, two periods, all counts 5 or more: nothing hidden.
    const lines = groupLines([[10, 6], [5, 7], [20, 30]], [200, 100, 500], [0], [1, 2]);
    expect(lines.pilot).toEqual([{ count: 10, rate: 5 }, { count: 6, rate: 3 }]);
    expect(lines.comparison).toEqual([{ count: 25, rate: (100 * 25) / 600 }, { count: 37, rate: (100 * 37) / 600 }]);
  });

  it('hides a group sum that holds a count under 5, and the rate with it, whichever units are picked', () => {
    const counts = [[3, 9], [12, 8], [20, 30]];
    const all = groupLines(counts, [100, 100, 100], [0], [1, 2]);
    expect(all.pilot[0]).toEqual({ count: null, rate: null });
    // All but the small unit, and all of them: were both shown, their difference would be the 3.
    const withoutIt = groupLines(counts, [100, 100, 100], [1, 2], [0, 1, 2]);
    expect(withoutIt.pilot[0]!.count === null || withoutIt.comparison[0]!.count === null).toBe(true);
  });
});
