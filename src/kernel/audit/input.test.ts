import { describe, expect, it } from 'vitest';
import { toAuditFields, type AuditInput } from './input.ts';

const staffId = '5F0C6A3E-8A4B-4D47-9A35-0E1F2A3B4C5D';
const base: AuditInput = {
  actor: { staffId, role: 'leader', unitId: null },
  action: 'read',
  resourceType: 'child',
  resourceId: 'c-1',
  outcome: 'allowed',
};

describe('toAuditFields', () => {
  it('gives the content as the database will give it back: lower-case UUIDs, absent values as null', () => {
    expect(toAuditFields({ ...base, resourceId: undefined })).toEqual({
      actorStaffId: staffId.toLowerCase(),
      actorRole: 'leader',
      actorUnitId: null,
      action: 'read',
      resourceType: 'child',
      resourceId: null,
      purpose: null,
      outcome: 'allowed',
      emergency: false,
      childId: null,
    });
    expect(toAuditFields({ ...base, childId: 'AB7C9D2E-1F3A-4C5B-8D6E-7F8091A2B3C4' }).childId).toBe('ab7c9d2e-1f3a-4c5b-8d6e-7f8091a2b3c4');
  });

  it('records a system job or failed login without an actor', () => {
    expect(toAuditFields({ ...base, actor: null, action: 'login_failed', resourceType: 'session', outcome: 'denied' }))
      .toMatchObject({ actorStaffId: null, actorRole: null, actorUnitId: null });
  });

  it('keeps Norwegian and Danish letters and emoji as they are', () => {
    expect(toAuditFields({ ...base, purpose: 'Bekymring fra Æbleskolen, Ørsta – Åse 🙂' }).purpose).toBe(
      'Bekymring fra Æbleskolen, Ørsta – Åse 🙂',
    );
  });

  it.each<[string, AuditInput, RegExp]>([
    ['emergency access without a purpose', { ...base, emergency: true, purpose: '  ' }, /emergency access needs a purpose/],
    ['an actor id that is not a UUID', { ...base, actor: { staffId: 'kari', role: 'leader', unitId: null } }, /actor\.staffId is not a UUID/],
    ['a unit id that is not a UUID', { ...base, actor: { staffId, role: 'leader', unitId: '{x}' } }, /actor\.unitId is not a UUID/],
    ['a child id that is not a UUID', { ...base, childId: 'c-1' }, /childId is not a UUID/],
    ['an unknown resource type (from untyped code)', { ...base, resourceType: 'childs' } as unknown as AuditInput, /unknown resourceType/],
    ['a NUL character', { ...base, purpose: 'a\u0000b' }, /purpose holds a character the database cannot store/],
    ['half an emoji', { ...base, resourceId: 'x\uD83D' }, /resourceId holds a character the database cannot store/],
    ['an unknown action (from untyped code)', { ...base, action: 'peek' } as unknown as AuditInput, /unknown action/],
    ['an unknown outcome (from untyped code)', { ...base, outcome: 'maybe' } as unknown as AuditInput, /unknown outcome/],
  ])('refuses %s, naming the field but not its value', (_title, input, message) => {
    expect(() => toAuditFields(input)).toThrow(message);
  });

  it('requires a purpose for emergency access in the type too', () => {
    // @ts-expect-error: emergency: true without a purpose does not type-check.
    const input: AuditInput = { ...base, emergency: true };
    expect(() => toAuditFields(input)).toThrow(/purpose/);
  });
});
