import { describe, expect, it } from 'vitest';
import { activityDateRefusal, type DateRefusal } from './activity-rules.ts';
import { suppressSums, type ActivitySum } from './suppress-sums.ts';

describe('the day an activity may be dated', () => {
  const today = '2026-11-23';
  const cases: [string, string, DateRefusal | null][] = [
    ['today', '2026-11-23', null],
    ['yesterday', '2026-11-22', null],
    ['tomorrow', '2026-11-24', 'in_future'],
    ['a year back, the last day allowed', '2025-11-23', null],
    ['a year and a day back', '2025-11-22', 'too_old'],
    ['a slip of a decade', '2016-11-23', 'too_old'],
  ];
  it.each(cases)('%s (%s): %s', (_name, day, refusal) => {
    expect(activityDateRefusal(day, today)).toBe(refusal);
  });
});

describe('the sums a leader sees', () => {
  const sum = (sessions: number, minutes: number): ActivitySum => ({ unitId: 'u', month: '2026-11', kind: 'outreach', sessions, minutes });
  const cases: [string, ActivitySum, { sessions: number | null; minutes: number | null }][] = [
    ['one session hides its minutes too', sum(1, 45), { sessions: null, minutes: null }],
    ['four, just under the threshold', sum(4, 240), { sessions: null, minutes: null }],
    ['five, the threshold, is shown', sum(5, 300), { sessions: 5, minutes: 300 }],
    ['many', sum(40, 2400), { sessions: 40, minutes: 2400 }],
  ];
  it.each(cases)('%s', (_name, input, shown) => {
    expect(suppressSums([input])).toEqual([{ unitId: 'u', month: '2026-11', kind: 'outreach', ...shown }]);
  });
});
