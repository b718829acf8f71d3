import { describe, expect, it } from 'vitest';
import { checkCallTimes } from './call-rules.ts';

const now = new Date('2026-11-24T07:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the times of a logged call', () => {
  it.each([
    { why: 'a call of the night', receivedAt: '2026-11-23T22:10:00Z', placement: 'prevented', madeAt: null, problems: [] },
    { why: 'a call just now, by a phone a few minutes fast', receivedAt: '2026-11-24T07:04:00Z', placement: 'not_considered', madeAt: null, problems: [] },
    { why: 'a call ten minutes ahead', receivedAt: '2026-11-24T07:10:00Z', placement: 'not_considered', madeAt: null, problems: [{ field: 'receivedAt', code: 'in_the_future' }] },
    { why: 'a call 13 days back', receivedAt: '2026-11-11T08:00:00Z', placement: 'considered', madeAt: null, problems: [] },
    { why: 'a call 15 days back', receivedAt: '2026-11-09T07:00:00Z', placement: 'considered', madeAt: null, problems: [{ field: 'receivedAt', code: 'too_long_ago' }] },
    { why: 'a placement made during the call', receivedAt: '2026-11-23T22:10:00Z', placement: 'made', madeAt: '2026-11-24T00:30:00Z', problems: [] },
    { why: 'a placement before the call', receivedAt: '2026-11-23T22:10:00Z', placement: 'made', madeAt: '2026-11-23T21:00:00Z', problems: [{ field: 'placementMadeAt', code: 'before_the_call' }] },
    { why: 'a placement not yet made', receivedAt: '2026-11-23T22:10:00Z', placement: 'made', madeAt: '2026-11-24T09:00:00Z', problems: [{ field: 'placementMadeAt', code: 'in_the_future' }] },
  ] as const)('$why', ({ receivedAt, placement, madeAt, problems }) => {
    expect(checkCallTimes({ receivedAt: at(receivedAt), placement, placementMadeAt: madeAt ? at(madeAt) : null }, now)).toEqual(problems);
  });
});
