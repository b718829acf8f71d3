import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../time/working-days.ts';
import { handoverDateOf, handoverState, handoverWindow, overdueAt } from './handover.ts';

// Worked by hand with a 2026 calendar: 23 Nov is a Monday; 2 April is Maundy Thursday and
// 6 April Easter Monday (Norwegian public holidays); 17 May 2026 is a Sunday.
const cases = [
  { why: 'a weekday evening goes to the next morning', receivedAt: '2026-11-23T21:15:00Z', date: '2026-11-24' },
  { why: 'a call before 08:00 goes to the same morning', receivedAt: '2026-11-24T05:30:00Z', date: '2026-11-24' },
  { why: 'a call at 08:00 sharp goes to the next morning', receivedAt: '2026-11-24T07:00:00Z', date: '2026-11-25' },
  { why: 'Friday night goes to Monday', receivedAt: '2026-11-27T22:00:00Z', date: '2026-11-30' },
  { why: 'Saturday afternoon goes to Monday', receivedAt: '2026-11-28T13:00:00Z', date: '2026-11-30' },
  { why: 'Sunday 07:00 goes to Monday', receivedAt: '2026-11-29T06:00:00Z', date: '2026-11-30' },
  { why: 'Wednesday before Easter goes past the holidays to the Tuesday', receivedAt: '2026-04-01T20:00:00Z', date: '2026-04-07' },
  { why: 'a summer night (CEST) before 08:00 stays that morning', receivedAt: '2026-06-10T05:59:00Z', date: '2026-06-10' },
];

describe('the handover morning of a call', () => {
  it.each(cases)('$why', ({ receivedAt, date }) => {
    expect(handoverDateOf(new Date(receivedAt), 'NO')).toBe(date);
  });

  it('is always a working day on or after the call, at most a week later', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (receivedAt) => {
        const date = handoverDateOf(receivedAt, 'NO');
        expect(isWorkingDay('NO', date)).toBe(true);
        const window = handoverWindow(date, 'NO');
        expect(receivedAt.getTime()).toBeGreaterThanOrEqual(window.from.getTime());
        expect(receivedAt.getTime()).toBeLessThan(window.to.getTime());
      }),
    );
  });
});

describe('the handover window', () => {
  it('runs from the previous working morning to this one, across a weekend', () => {
    expect(handoverWindow('2026-11-30', 'NO')).toEqual({ from: new Date('2026-11-27T07:00:00Z'), to: new Date('2026-11-30T07:00:00Z') });
  });
});

describe('a handover not taken over', () => {
  const call = { receivedAt: new Date('2026-11-23T21:15:00Z'), takenOverAt: null };
  it('waits until noon of its morning, then is overdue', () => {
    expect(overdueAt('2026-11-24', 'NO')).toEqual(new Date('2026-11-24T11:00:00Z'));
    expect(handoverState(call, 'NO', new Date('2026-11-24T10:59:00Z'))).toBe('waiting');
    expect(handoverState(call, 'NO', new Date('2026-11-24T11:00:00Z'))).toBe('overdue');
  });
  it('is never overdue once taken over', () => {
    expect(handoverState({ ...call, takenOverAt: new Date('2026-11-24T12:30:00Z') }, 'NO', new Date('2026-11-25T12:00:00Z'))).toBe('taken_over');
  });
});
