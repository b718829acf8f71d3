import { describe, expect, it } from 'vitest';
import { checkRecordDates } from './record-dates.ts';

const today = '2026-12-02';
type Case = [string, { heldOn: string; dueOn?: string; editing?: boolean }, string[]];

const cases: Case[] = [
  ['held today', { heldOn: '2026-12-02' }, []],
  ['held tomorrow', { heldOn: '2026-12-03' }, ['heldOn:held_in_future']],
  ['held next year', { heldOn: '2027-03-01' }, ['heldOn:held_in_future']],
  ['held exactly a year back (365 days)', { heldOn: '2025-12-02' }, []],
  ['held a year and a day back', { heldOn: '2025-12-01' }, ['heldOn:held_too_long_ago']],
  ['held in 1926', { heldOn: '1926-12-02' }, ['heldOn:held_too_long_ago']],
  ['new follow-up due today', { heldOn: '2026-11-30', dueOn: '2026-12-02' }, []],
  ['new follow-up due yesterday', { heldOn: '2026-11-30', dueOn: '2026-12-01' }, ['followUps/0/dueOn:due_in_past']],
  ['edited: old follow-up due after the consultation but past', { heldOn: '2026-11-20', dueOn: '2026-11-25', editing: true }, []],
  ['edited: follow-up due before the consultation', { heldOn: '2026-11-20', dueOn: '2026-11-19', editing: true }, ['followUps/0/dueOn:due_before_held']],
];

describe('consultation dates', () => {
  it.each(cases)('%s', (_name, { heldOn, dueOn, editing = false }, expected) => {
    const problems = checkRecordDates({ heldOn, followUps: dueOn ? [{ dueOn }] : [] }, { today, editing });
    expect(problems.map((p) => `${p.path}:${p.code}`)).toEqual(expected);
  });
});
