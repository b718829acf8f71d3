import { describe, expect, it } from 'vitest';
import { shadeOf, termWeeks } from './term-weeks.ts';

describe('the term calendar', () => {
  it('lays weekdays out by ISO week, Monday first, with gaps where the term has not begun or today has passed', () => {
    // Thursday 30 July is outside, the term starts Monday 3 August; 6 January 2027 is a Wednesday in week 1.
    const weeks = termWeeks([{ date: '2026-08-03' }, { date: '2026-08-07' }, { date: '2026-08-10' }, { date: '2027-01-06' }]);
    expect(weeks).toEqual([
      { monday: '2026-08-03', week: 32, days: [{ date: '2026-08-03' }, null, null, null, { date: '2026-08-07' }] },
      { monday: '2026-08-10', week: 33, days: [{ date: '2026-08-10' }, null, null, null, null] },
      { monday: '2027-01-04', week: 1, days: [null, null, { date: '2027-01-06' }, null, null] },
    ]);
  });

  it.each([
    [0, false, 0],
    [1, false, 1],
    [110, false, 1], // a third of 330
    [111, false, 2],
    [329, false, 2],
    [330, false, 3],
    [60, true, 3],
  ])('shades %i minutes (whole day: %s) as %i', (minutes, wholeDay, shade) => {
    expect(shadeOf({ minutes, wholeDay }, 330)).toBe(shade);
  });
});
