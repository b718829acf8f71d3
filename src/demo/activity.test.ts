import { describe, expect, it } from 'vitest';
import { findIdentifying } from '../anonymity/guard.ts';
import { ACTIVITY_KINDS, activityDateRefusal, MINUTES, PEOPLE } from '../activity/domain/activity-rules.ts';
import { planDemoActivity } from './activity.ts';
import { generateDemo } from './generate.ts';

const data = generateDemo({ seed: 1, scale: 'default' });
const TODAY = '2026-11-23';
const counter = () => {
  let n = 0;
  return () => `id-${n++}`;
};

describe('the demo activity logs', () => {
  const plan = planDemoActivity(data, TODAY, counter());
  const demoContacts = new Set(data.staff.filter((s) => s.email.startsWith('demo.network_contact@')).map((s) => s.id));

  it('gives every municipality’s demo network contact a log at each unit they serve, and no one else', () => {
    const served = data.membership.filter((m) => m.role === 'network_contact' && demoContacts.has(m.staff_id));
    expect(served.length).toBeGreaterThan(0);
    for (const m of served) expect(plan.filter((a) => a.contact_staff_id === m.staff_id && a.unit_id === m.unit_id).length).toBeGreaterThan(5);
    expect(plan.every((a) => demoContacts.has(a.contact_staff_id))).toBe(true);
  });

  it('holds only what the API would accept: kinds, bounds, days before the seeding day, notes the guard passes', () => {
    for (const a of plan) {
      expect(ACTIVITY_KINDS).toContain(a.kind);
      expect(a.minutes).toBeGreaterThanOrEqual(MINUTES.min);
      expect(a.minutes).toBeLessThanOrEqual(MINUTES.max);
      expect(a.people).toBeGreaterThanOrEqual(PEOPLE.min);
      expect(a.people).toBeLessThanOrEqual(PEOPLE.max);
      expect(activityDateRefusal(a.held_on, TODAY)).toBeNull();
      expect(a.held_on < TODAY).toBe(true);
      if (a.note) expect(findIdentifying(a.note)).toEqual([]);
    }
  });

  it('is the same for the same seeding day', () => {
    expect(planDemoActivity(data, TODAY, counter())).toEqual(plan);
  });
});
