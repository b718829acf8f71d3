import { describe, expect, it } from 'vitest';
import type { ApiDeadline } from '../schema.ts';
import { byDeadline, mostUrgent } from './by-deadline.ts';

const source = { act: 'Barnevernsloven', section: '§ 2-1', check: false, guidance: '' };
const deadline = (status: ApiDeadline['status'], dueDate: string): ApiDeadline => ({
  kind: 'review',
  dueAt: `${dueDate}T22:59:59.000Z`,
  dueDate,
  timed: false,
  extended: false,
  status,
  source,
});

describe('mostUrgent', () => {
  it.each([
    { name: 'past before near, whatever the dates', deadlines: [deadline('near', '2026-11-20'), deadline('past', '2026-11-25')], want: 1 },
    { name: 'near before open', deadlines: [deadline('open', '2026-11-19'), deadline('near', '2026-11-30')], want: 1 },
    { name: 'the earliest of the same urgency', deadlines: [deadline('open', '2026-12-10'), deadline('open', '2026-12-01')], want: 1 },
    { name: 'met ones are not work', deadlines: [deadline('met', '2026-11-01'), deadline('met_late', '2026-11-02')], want: null },
    { name: 'an open one beside met ones', deadlines: [deadline('met_late', '2026-11-01'), deadline('open', '2027-01-20')], want: 1 },
  ])('$name', ({ deadlines, want }) => {
    expect(mostUrgent(deadlines)).toBe(want === null ? null : deadlines[want]);
  });
});

describe('byDeadline', () => {
  it('puts past, then near, then open reports first, the earliest due first within each, and leaves out the settled', () => {
    const reports = [
      { id: 'open-late', deadlines: [deadline('open', '2027-02-01')] },
      { id: 'settled', deadlines: [deadline('met', '2026-10-01')] },
      { id: 'near', deadlines: [deadline('near', '2026-11-20')] },
      { id: 'past-late', deadlines: [deadline('past', '2026-11-10')] },
      { id: 'open-early', deadlines: [deadline('met', '2026-10-01'), deadline('open', '2026-12-15')] },
      { id: 'past-early', deadlines: [deadline('open', '2027-01-01'), deadline('past', '2026-11-01')] },
    ];
    expect(byDeadline(reports).map((r) => r.report.id)).toEqual(['past-early', 'past-late', 'near', 'open-early', 'open-late']);
  });
});
