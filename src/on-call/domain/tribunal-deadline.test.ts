import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesLeft, tribunalDeadline } from './tribunal-deadline.ts';

// Worked by hand from the rule's text: 48 elapsed hours, written here as UTC instants and as
// what the clocks in Oslo show (CET = UTC+1, CEST = UTC+2).
const cases = [
  { why: 'an ordinary winter night', madeAt: '2026-11-24T01:30:00Z', deadline: '2026-11-26T01:30:00Z' },
  // Made Saturday 28 March 2026 22:00 CET; clocks go forward at 02:00 on the 29th: the
  // deadline is Monday 30 March 23:00 CEST on the wall clock, 49 wall hours later.
  { why: 'across the spring change', madeAt: '2026-03-28T21:00:00Z', deadline: '2026-03-30T21:00:00Z' },
  // Made Saturday 24 October 2026 22:00 CEST; clocks go back at 03:00 on the 25th: the
  // deadline is Monday 26 October 21:00 CET on the wall clock, 47 wall hours later.
  { why: 'across the autumn change', madeAt: '2026-10-24T20:00:00Z', deadline: '2026-10-26T20:00:00Z' },
  // Made at 02:30 CEST on the autumn night, the first of the two 02:30s.
  { why: 'in the hour the autumn night shows twice', madeAt: '2026-10-25T00:30:00Z', deadline: '2026-10-27T00:30:00Z' },
];

describe('the county tribunal deadline', () => {
  it.each(cases)('is 48 elapsed hours on $why', ({ madeAt, deadline }) => {
    expect(tribunalDeadline(new Date(madeAt)).toISOString()).toBe(new Date(deadline).toISOString());
  });

  it('counts the minutes left down to zero at the deadline and below after it', () => {
    const madeAt = new Date('2026-11-24T01:30:00Z');
    expect(minutesLeft(madeAt, new Date('2026-11-24T01:30:00Z'))).toBe(48 * 60);
    expect(minutesLeft(madeAt, new Date('2026-11-26T01:30:00Z'))).toBe(0);
    expect(minutesLeft(madeAt, new Date('2026-11-26T02:30:00Z'))).toBe(-60);
  });

  it('never lies before the decision, whatever the instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (madeAt) => {
        expect(tribunalDeadline(madeAt).getTime() - madeAt.getTime()).toBe(172_800_000);
      }),
    );
  });
});
