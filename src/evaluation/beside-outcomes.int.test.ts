/**
 * Pupils newly flagged for absence per 100 pupils as an outcome, worked by hand: one pilot and
 * one comparison school of ten pupils each, one term before the start and one after; and the
 * network contact's logged hours set beside it.
 */
import { expect, it } from 'vitest';
import { buildActivity } from '../activity/factories.ts';
import { buildFlag } from '../attendance/factories.ts';
import type { Db } from '../kernel/db/database.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { evaluate } from './service.ts';

/** A day in spring 2025 (2024-T2, before) and in autumn 2025 (2025-T1, the pilot's first term). */
const BEFORE = '2025-03-12';
const AFTER = '2025-10-15';

async function school(db: Db, municipalityId: string, flagged: { before: number; after: number }) {
  const unit = await buildUnit(db, { municipality_id: municipalityId });
  const pupils = [];
  for (let i = 0; i < 10; i += 1) pupils.push(await buildEnrolledChild(db, { municipality_id: municipalityId, unit_id: unit.id }));
  for (const pupil of pupils.slice(0, flagged.before)) await buildFlag(db, pupil, unit.id, BEFORE, { status: 'handled' });
  for (const pupil of pupils.slice(0, flagged.after)) await buildFlag(db, pupil, unit.id, AFTER);
  return unit.id;
}

describeEachEngine('pupils newly flagged for absence as an outcome', (use) => {
  it('falls by 40 per 100 more at the pilot school: (50 − 80) − (70 − 60)', async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const pilot = await school(db, municipality.id, { before: 8, after: 5 });
    const comparison = await school(db, municipality.id, { before: 6, after: 7 });
    const leader = await actor(db, await buildPerson(db, 'leader', { id: pilot, municipality_id: municipality.id }));

    const result = await evaluate(db, leader, municipality.id, {
      outcome: 'attendance_flagged',
      granularity: 'term',
      from: '2025-01-01',
      to: '2025-12-31',
      pilot: [{ unitId: pilot, startedOn: '2025-08-01' }],
    });
    expect(result.estimate?.effect).toBeCloseTo(-40, 10);
    expect(result.periods.map((p) => [p.period, p.pilot.count, p.comparison.count])).toEqual([
      ['2024-T2', 8, 6],
      ['2025-T1', 5, 7],
    ]);
    expect(result.municipalityPerThousand).toBeNull();
  });

  it("sets the network contact's logged hours beside the outcome, hiding a unit's month of fewer than 5 sessions", async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const pilot = await school(db, municipality.id, { before: 5, after: 5 });
    const comparison = await school(db, municipality.id, { before: 5, after: 5 });
    const contact = await buildPerson(db, 'network_contact', { id: pilot, municipality_id: municipality.id });
    const log = (unitId: string, day: string, minutes: number) => buildActivity(db, { municipality_id: municipality.id, unit_id: unitId, contact_staff_id: contact, held_on: day, minutes });
    // The pilot school: six sessions of 90 minutes in October 2025 (9 hours), none before.
    for (let day = 1; day <= 6; day += 1) await log(pilot, `2025-10-0${day}`, 90);
    // The comparison school: two sessions in March 2025, too few to show.
    await log(comparison, '2025-03-03', 60);
    await log(comparison, '2025-03-04', 60);
    const leader = await actor(db, await buildPerson(db, 'leader', { id: pilot, municipality_id: municipality.id }));

    const result = await evaluate(db, leader, municipality.id, {
      outcome: 'attendance_flagged',
      granularity: 'term',
      from: '2025-01-01',
      to: '2025-12-31',
      pilot: [{ unitId: pilot, startedOn: '2025-08-01' }],
    });
    expect(result.periods.map((p) => [p.period, p.activityHours])).toEqual([
      ['2024-T2', { pilot: 0, comparison: null }],
      ['2025-T1', { pilot: 9, comparison: 0 }],
    ]);
  });
});
