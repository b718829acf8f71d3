import { describe, expect, it } from 'vitest';
import { closeRefusal, contactDateRefusal, returnPlanRequired } from './case-rules.ts';

describe('a follow-up case', () => {
  it('requires a return plan from ten days away', () => {
    expect(returnPlanRequired(9)).toBe(false);
    expect(returnPlanRequired(10)).toBe(true);
  });

  it('closes as back at school after ten days away only with a return plan', () => {
    expect(closeRefusal('back_at_school', 12, false)).toBe('return_plan_missing');
    expect(closeRefusal('back_at_school', 12, true)).toBeNull();
    expect(closeRefusal('back_at_school', 4, false)).toBeNull();
    // Another service taking over or a move needs no plan for coming back here.
    expect(closeRefusal('referred_on', 12, false)).toBeNull();
  });

  it('dates a contact neither ahead of today nor more than a year back', () => {
    expect(contactDateRefusal('2026-11-24', '2026-11-23')).toBe('in_future');
    expect(contactDateRefusal('2026-11-23', '2026-11-23')).toBeNull();
    expect(contactDateRefusal('2025-11-22', '2026-11-23')).toBe('too_old');
  });
});
