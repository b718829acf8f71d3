/**
 * Pupils newly flagged per school and month, as the evaluation reads them: six flags written
 * by hand, counted by hand.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildUnit } from '../kernel/testing/register-factories.ts';
import { oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality, buildFlag } from './factories.ts';
import { countFlaggedPupilsByUnitAndMonth } from './flag-counts-repo.ts';

describeEachEngine('pupils flagged per school and month', (use) => {
  it('counts each pupil once a month, per school, inside the range only', async () => {
    const db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    const north = await buildUnit(db, { municipality_id: municipality.id });
    const south = await buildUnit(db, { municipality_id: municipality.id });
    const ida = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: north.id });
    const ola = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: north.id });
    const siri = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: south.id });

    await buildFlag(db, ida, north.id, '2026-09-14', { ruleId: 'ringsaker-days-month', status: 'handled' });
    await buildFlag(db, ida, north.id, '2026-09-21', { ruleId: 'ringsaker-days-in-a-row' }); // the same pupil, the same month
    await buildFlag(db, ola, north.id, '2026-09-30', { ruleId: 'ringsaker-days-month' });
    await buildFlag(db, ida, north.id, '2026-10-05', { ruleId: 'ringsaker-days-month' }); // again, a month later
    await buildFlag(db, siri, south.id, '2026-10-12', { ruleId: 'ringsaker-days-month' });
    await buildFlag(db, siri, south.id, '2026-12-01', { ruleId: 'ringsaker-days-in-a-row' }); // after the range

    const counts = await db.transaction().execute((trx) => countFlaggedPupilsByUnitAndMonth(trx, [north.id, south.id], { from: '2026-09-01', to: '2026-11-30' }));
    const byKey = Object.fromEntries(counts.map((c) => [`${c.unitId === north.id ? 'north' : 'south'} ${c.month}`, c.count]));
    expect(byKey).toEqual({ 'north 2026-09': 2, 'north 2026-10': 1, 'south 2026-10': 1 });
  });

  it('counts nothing for no units', async () => {
    const db = use().db;
    expect(await db.transaction().execute((trx) => countFlaggedPupilsByUnitAndMonth(trx, [], { from: '2026-09-01', to: '2026-11-30' }))).toEqual([]);
  });
});
