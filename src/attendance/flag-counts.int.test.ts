/**
 * Pupils newly flagged per school and month, as the evaluation reads them: six flags written
 * by hand, counted by hand.
 */
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildUnit } from '../kernel/testing/register-factories.ts';
import { oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality } from './factories.ts';
import { countFlaggedPupilsByUnitAndMonth } from './flag-counts.ts';

async function flag(db: Db, child: { id: string; municipality_id: string }, unitId: string, ruleId: string, raisedOn: string, status: 'open' | 'handled' = 'open') {
  await db
    .insertInto('attendance_flag')
    .values({
      child_id: child.id,
      unit_id: unitId,
      municipality_id: child.municipality_id,
      rule_id: ruleId,
      stage: 1,
      measure: 'days',
      comparison: 'at_least',
      threshold: 4,
      value: 4,
      window_from: raisedOn,
      window_to: raisedOn,
      school_days: 20,
      raised_on: raisedOn,
      status,
    })
    .execute();
}

describeEachEngine('pupils flagged per school and month', (use) => {
  it('counts each pupil once a month, per school, inside the range only', async () => {
    const db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    const north = await buildUnit(db, { municipality_id: municipality.id });
    const south = await buildUnit(db, { municipality_id: municipality.id });
    const ida = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: north.id });
    const ola = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: north.id });
    const siri = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: south.id });

    await flag(db, ida, north.id, 'ringsaker-days-month', '2026-09-14', 'handled');
    await flag(db, ida, north.id, 'ringsaker-days-in-a-row', '2026-09-21'); // the same pupil, the same month
    await flag(db, ola, north.id, 'ringsaker-days-month', '2026-09-30');
    await flag(db, ida, north.id, 'ringsaker-days-month', '2026-10-05'); // again, a month later
    await flag(db, siri, south.id, 'ringsaker-days-month', '2026-10-12');
    await flag(db, siri, south.id, 'ringsaker-days-in-a-row', '2026-12-01'); // after the range

    const counts = await db.transaction().execute((trx) => countFlaggedPupilsByUnitAndMonth(trx, [north.id, south.id], { from: '2026-09-01', to: '2026-11-30' }));
    const byKey = Object.fromEntries(counts.map((c) => [`${c.unitId === north.id ? 'north' : 'south'} ${c.month}`, c.count]));
    expect(byKey).toEqual({ 'north 2026-09': 2, 'north 2026-10': 1, 'south 2026-10': 1 });
  });

  it('counts nothing for no units', async () => {
    const db = use().db;
    expect(await db.transaction().execute((trx) => countFlaggedPupilsByUnitAndMonth(trx, [], { from: '2026-09-01', to: '2026-11-30' }))).toEqual([]);
  });
});
