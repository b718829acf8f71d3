import { describe, expect, it } from 'vitest';
import type { Consultation } from '../schema.ts';
import { followUpsDue } from './follow-ups-due.ts';

const me = { id: '00000000-0000-4000-8000-000000000001', givenName: 'Kari', familyName: 'Nordmann' };
const other = { id: '00000000-0000-4000-8000-000000000002', givenName: 'Ola', familyName: 'Hansen' };
const TODAY = '2026-11-16';

function consultation(followUps: { text: string; owner: typeof me; dueOn: string }[] | null): Consultation {
  return {
    id: '00000000-0000-4000-8000-00000000000a',
    unitId: '00000000-0000-4000-8000-00000000000b',
    mode: 'anonymous',
    child: null,
    groupLabel: null,
    category: 'wellbeing',
    heldOn: '2026-11-02',
    outcome: 'handled_by_unit',
    details: followUps && { description: '', advice: '', followUps },
    recordedBy: null,
    concernReports: [],
    version: 1,
  };
}

describe('followUpsDue', () => {
  it.each([
    { name: 'due today', dueOn: '2026-11-16', owner: me, shown: true, overdue: false },
    { name: 'due in exactly two weeks', dueOn: '2026-11-30', owner: me, shown: true, overdue: false },
    { name: 'due the day after two weeks', dueOn: '2026-12-01', owner: me, shown: false, overdue: false },
    { name: 'due yesterday', dueOn: '2026-11-15', owner: me, shown: true, overdue: true },
    { name: 'due exactly two weeks ago', dueOn: '2026-11-02', owner: me, shown: true, overdue: true },
    { name: 'due longer ago than two weeks', dueOn: '2026-11-01', owner: me, shown: false, overdue: true },
    { name: "someone else's", dueOn: '2026-11-17', owner: other, shown: false, overdue: false },
  ])('$name', ({ dueOn, owner, shown, overdue }) => {
    const due = followUpsDue([consultation([{ text: 'Ringe foreldrene', owner, dueOn }])], me.id, TODAY);
    expect(due.map((d) => [d.dueOn, d.overdue])).toEqual(shown ? [[dueOn, overdue]] : []);
  });

  it('orders across consultations by due date and skips records whose details are gone', () => {
    const due = followUpsDue(
      [
        consultation([{ text: 'b', owner: me, dueOn: '2026-11-20' }]),
        consultation(null),
        consultation([
          { text: 'c', owner: me, dueOn: '2026-11-25' },
          { text: 'a', owner: me, dueOn: '2026-11-10' },
        ]),
      ],
      me.id,
      TODAY,
    );
    expect(due.map((d) => d.text)).toEqual(['a', 'b', 'c']);
  });
});
