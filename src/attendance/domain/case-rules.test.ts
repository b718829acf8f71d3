import { describe, expect, it } from 'vitest';
import { ageOn, closeRefusal, consultationAskedFor, contactDateRefusal, reportAskedFor, returnPlanRequired } from './case-rules.ts';

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

  it('counts age in whole years from the birth date, a birthday reached on its day', () => {
    expect(ageOn('2014-11-24', '2026-11-23')).toBe(11);
    expect(ageOn('2014-11-24', '2026-11-24')).toBe(12);
    expect(ageOn('2012-02-29', '2024-02-28')).toBe(11);
    expect(ageOn('2012-02-29', '2024-02-29')).toBe(12);
    expect(ageOn('2012-02-29', '2025-03-01')).toBe(13);
  });

  it("asks for a report at Norway's concern-report stage and Denmark's notification of the municipality", () => {
    expect(reportAskedFor(['warning_letter'])).toBe(false);
    expect(reportAskedFor(['notify_municipality'])).toBe(true);
    expect(reportAskedFor(['call_home', 'concern_report'])).toBe(true);
  });

  it("offers the consultation with the network contact only at a stage that asks for one (Norway's)", () => {
    expect(consultationAskedFor(['consultation'])).toBe(true);
    expect(consultationAskedFor(['call_home', 'meeting_with_parents'])).toBe(false);
    expect(consultationAskedFor(['concern_report'])).toBe(false);
  });
});
