import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCounts, SMALL_COUNT_THRESHOLD, suppressSmallCount } from './small-count.ts';

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

describe('protectCounts', () => {
  it.each([
    ['all five or more: everything shown', [9, 6, 7, 5, 8], [9, 6, 7, 5, 8], 35],
    ['one under 5: it and the smallest other hidden, or the total would give it away', [9, 6, 7, 3, 8], [9, null, 7, null, 8], 33],
    ['two under 5: those two only', [9, 0, 7, 3, 8], [9, null, 7, null, 8], 27],
    ['a lone count under 5 beside one other: both hidden', [3, 10], [null, null], 13],
    ['a small total: all hidden', [1, 2, 1], [null, null, null], null],
    ['nothing at all', [0, 0], [null, null], null],
  ])('%s', (_case, counts, shown, total) => {
    expect(protectCounts(counts)).toEqual({ counts: shown, total });
  });

  it('never shows a count under 5, and never leaves one hidden count the total gives away', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 24 }), (counts) => {
        const shown = protectCounts(counts);
        const hidden = shown.counts.filter((count) => count === null).length;
        const small = shown.counts.every((count, i) => count === null || (count === counts[i] && count >= SMALL_COUNT_THRESHOLD));
        return small && (hidden !== 1 || shown.total === null);
      }),
    );
  });
});
