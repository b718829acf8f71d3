/**
 * The follow-up funnel on both engines: a school with seven pupils flagged in November, of whom
 * six were contacted, four met, two got a return plan and one is back at school; the counts
 * under 5 are withheld, per school and across the municipality. Who may read it, one audit
 * event per read.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import type { AttendanceCaseStepTable } from './case-tables.ts';
import { buildFlaggedPupil } from './case-factories.ts';
import { buildFlag } from './factories.ts';
import { municipalityFunnel, unitFunnel } from './funnel-service.ts';

const NOVEMBER = { from: '2026-10', to: '2026-12' };
const withheld = { flagged: null, contacted: null, meeting: null, plan: null, back: null };

/** A flagged pupil's case with what was done: contacts (by how) and steps (by kind), closed with a reason or open. */
async function followUp(db: Db, place: { municipalityId: string; unitId: string }, work: { contacts?: ('phone' | 'meeting')[]; steps?: AttendanceCaseStepTable['kind'][]; closed?: 'back_at_school' | 'moved_away' }) {
  const { child, flagId } = await buildFlaggedPupil(db, place.municipalityId, place.unitId);
  const caseId = randomUUID();
  const at = new Date('2026-11-23T09:00:00Z');
  await db
    .insertInto('attendance_case')
    .values({ id: caseId, municipality_id: place.municipalityId, unit_id: place.unitId, child_id: child.id, coordinator_id: null, opened_by: null, opened_at: at, close_reason: work.closed ?? null, closed_at: work.closed ? at : null })
    .execute();
  await db.updateTable('attendance_flag').set({ case_id: caseId }).where('id', '=', flagId).execute();
  for (const how of work.contacts ?? []) {
    await db
      .insertInto('attendance_contact')
      .values({ idempotency_key: randomUUID(), case_id: caseId, contacted_on: '2026-11-23', by_staff_id: null, with_whom: 'parents', how, outcome: 'Snakket om oppmøtet', agreed: '', created_at: at })
      .execute();
  }
  for (const kind of work.steps ?? []) {
    await db.insertInto('attendance_case_step').values({ idempotency_key: randomUUID(), case_id: caseId, kind, what: 'Tiltak', owner_id: null, due_on: '2026-11-27', review_on: null, created_by: null, created_at: at }).execute();
  }
  return child;
}

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db, { name: 'Elvestad' });
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Elvestad skole' });
  const other = await buildUnit(db, { municipality_id: municipality.id, name: 'Nordby skole' });
  const a = { municipalityId: municipality.id, unitId: school.id };
  const b = { municipalityId: municipality.id, unitId: other.id };
  // Elvestad skole, November: seven pupils flagged.
  const handled = await buildFlaggedPupil(db, a.municipalityId, a.unitId); // 1: handled from the list: contacted
  await db.updateTable('attendance_flag').set({ status: 'handled' }).where('id', '=', handled.flagId).execute();
  await followUp(db, a, { contacts: ['phone'], steps: ['meeting', 'return_plan'], closed: 'back_at_school' }); // 2: every stage
  await followUp(db, a, { contacts: ['phone'], steps: ['meeting', 'return_plan'], closed: 'moved_away' }); // 3: up to the plan
  await followUp(db, a, { contacts: ['phone'], steps: ['meeting'] }); // 4: met
  await followUp(db, a, { contacts: ['phone', 'meeting'] }); // 5: met, by a contact
  await followUp(db, a, { contacts: ['phone'] }); // 6: contacted
  const twice = await followUp(db, a, { steps: ['call_home'] }); // 7: flagged (twice), nothing logged yet
  await buildFlag(db, twice, a.unitId, '2026-11-21', { ruleId: 'ringsaker-days-in-a-row' });
  // Pupil 1 is flagged again in December: one pupil that month.
  await buildFlag(db, handled.child, a.unitId, '2026-12-02', { ruleId: 'ringsaker-days-in-a-row' });
  // Nordby skole, November: two pupils contacted and met.
  await followUp(db, b, { contacts: ['phone'], steps: ['meeting'] });
  await followUp(db, b, { contacts: ['meeting'] });
  return {
    municipality,
    a,
    b,
    leaderA: await buildPerson(db, 'unit_leader', school),
    teacherA: await buildPerson(db, 'staff', school),
    leaderB: await buildPerson(db, 'unit_leader', other),
    head: await buildPerson(db, 'leader', school),
  };
}

async function funnelEvents(db: Db, resourceIds: string[]) {
  return db
    .withTables<AuditTables>()
    .selectFrom('audit_event')
    .select(['resource_id', 'outcome'])
    .where('resource_type', '=', 'attendance_funnel')
    .where('resource_id', 'in', resourceIds)
    .orderBy('id')
    .execute();
}

describeEachEngine('the attendance follow-up funnel', (use) => {
  it("counts a school's pupils per month and stage, each once, and withholds every count under 5", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const funnel = await unitFunnel(db, await actor(db, w.leaderA), w.a.unitId, NOVEMBER);
    // Counted by hand from the world above: 7 flagged (pupil 7 twice, once counted), 6 contacted, 4 met, 2 plans, 1 back.
    expect(funnel).toEqual({
      from: '2026-10',
      to: '2026-12',
      months: [
        { month: '2026-10', stages: withheld },
        { month: '2026-11', stages: { flagged: 7, contacted: 6, meeting: null, plan: null, back: null } },
        { month: '2026-12', stages: withheld },
      ],
    });
  });

  it("counts the municipality's schools together, where two more pupils met lifts the meetings to 6", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const funnel = await municipalityFunnel(db, await actor(db, w.head), w.municipality.id, { from: '2026-11', to: '2026-11' });
    expect(funnel.months).toEqual([{ month: '2026-11', stages: { flagged: 9, contacted: 8, meeting: 6, plan: null, back: null } }]);
  });

  it("lets the school's leader and the municipality's leaders read it, no one else; one audit event per read", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(unitFunnel(db, await actor(db, w.head), w.a.unitId, NOVEMBER)).resolves.toMatchObject({ from: '2026-10' });
    await expect(unitFunnel(db, await actor(db, w.teacherA), w.a.unitId, NOVEMBER)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unitFunnel(db, await actor(db, w.leaderB), w.a.unitId, NOVEMBER)).rejects.toBeInstanceOf(NotFoundError);
    await expect(municipalityFunnel(db, await actor(db, w.leaderA), w.municipality.id, NOVEMBER)).rejects.toBeInstanceOf(NotFoundError);
    expect(await funnelEvents(db, [w.a.unitId, w.municipality.id])).toEqual([
      { resource_id: w.a.unitId, outcome: 'allowed' },
      { resource_id: w.a.unitId, outcome: 'denied' },
      { resource_id: w.a.unitId, outcome: 'denied' },
      { resource_id: w.municipality.id, outcome: 'denied' },
    ]);
  });
});
