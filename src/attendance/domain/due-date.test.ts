import { describe, expect, it } from 'vitest';
import { oslo } from '../../time/calendar-fixture.ts';
import { meetingDueOn } from './due-date.ts';

describe('meetingDueOn', () => {
  const withinAWeek = [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 5 }] as const;
  it.each([
    // Mon 2 Nov + 5 school days = Mon 9 Nov.
    ['2026-11-02', '2026-11-09'],
    // Fri 25 Sep + 5 school days, the autumn break (28 Sep–2 Oct) skipped = Fri 9 Oct.
    ['2026-09-25', '2026-10-09'],
    // Fri 18 Dec: Christmas to 2 Jan, planning day Mon 4 Jan; 5–8 Jan and 11 Jan.
    ['2026-12-18', '2027-01-11'],
  ])('a flag raised %s is due by %s', (raised, due) => {
    expect(meetingDueOn(withinAWeek, raised, oslo)).toBe(due);
  });

  it('has no due date when the rule asks for no meeting', () => {
    expect(meetingDueOn([{ kind: 'warning_letter' }], '2026-11-02', oslo)).toBeNull();
  });
});
