import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_COUNT_THRESHOLD, suppressSmallCount } from './small-count.ts';

describe('suppressSmallCount', () => {
  it.each([
    [0, null],
    [1, null],
    [4, null],
    [5, 5],
    [27, 27],
  ])('%i → %s', (count, shown) => {
    expect(suppressSmallCount(count)).toBe(shown);
  });

  it('never lets a count below the threshold through', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (count) => {
        const shown = suppressSmallCount(count);
        return shown === null ? count < SMALL_COUNT_THRESHOLD : shown === count && count >= SMALL_COUNT_THRESHOLD;
      }),
    );
  });
});
