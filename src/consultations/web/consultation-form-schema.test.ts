import { describe, expect, it } from 'vitest';
import { TEST_TODAY as today } from '../../kernel/testing/test-clock.ts';
import { addDays } from '../../time/dates.ts';
import { consultationFormSchema, initialValues, MISSING, type ConsultationFormValues } from './consultation-form-schema.ts';

const OWNER = '0b7f3c1e-4c1a-4b3e-9d2a-1f6a7c8e9d01';
const filled = (values: Partial<ConsultationFormValues>): ConsultationFormValues => ({ ...initialValues(null, today), description: 'Lei seg i friminuttene.', ...values });

/** Each refused field with its message, as the form shows them. */
function issues(values: ConsultationFormValues, editing = false) {
  const result = consultationFormSchema(editing, () => today).safeParse(values);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.code === 'custom' ? issue.message : issue.code]));
}

describe('the consultation form’s schema', () => {
  it('takes a filled anonymous record, and trims its texts', () => {
    const result = consultationFormSchema(false, () => today).safeParse(filled({ description: '  Lei seg.  ' }));
    expect(result.data?.description).toBe('Lei seg.');
  });

  it('names every missing part at once: the child, the description, the date', () => {
    expect(issues(filled({ mode: 'consented', description: ' ', heldOn: '' }))).toEqual({ childId: MISSING, description: 'too_small', heldOn: MISSING });
    expect(issues(filled({ mode: 'group', groupLabel: '  ' }))).toEqual({ groupLabel: MISSING });
  });

  it('asks for a follow-up whole or not at all, and then checks its text', () => {
    expect(issues(filled({ followUpText: 'Ring hjem' }))).toEqual({ followUpText: MISSING });
    expect(issues(filled({ followUpText: 'x'.repeat(1001), ownerStaffId: OWNER, dueOn: today }))).toEqual({ followUpText: 'text_too_long' });
    expect(issues(filled({ followUpText: 'Ring hjem', ownerStaffId: OWNER, dueOn: today }))).toEqual({});
  });

  it('says the dates against today by the record rules, which let an edit keep a follow-up now past due', () => {
    expect(issues(filled({ heldOn: addDays(today, 1) }))).toEqual({ heldOn: 'held_in_future' });
    const pastDue = filled({ heldOn: addDays(today, -10), followUpText: 'Ring hjem', ownerStaffId: OWNER, dueOn: addDays(today, -1) });
    expect(issues(pastDue)).toEqual({ dueOn: 'due_in_past' });
    expect(issues(pastDue, true)).toEqual({});
  });
});
