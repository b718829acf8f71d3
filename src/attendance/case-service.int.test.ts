/**
 * Follow-up cases through the service on both engines: opened from a flag, joined by the next,
 * a step and a contact added, a stale version refused, closed with a reason; refused to another
 * municipality's leader and to the school's teachers; one audit event per call.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { addDays } from '../time/dates.ts';
import type { AddContactRequest, AddStepRequest } from './case-schema.ts';
import { addContact, addStep, closeCase, getCase, markStepDone, openCaseFromFlag } from './case-service.ts';
import { UDIR_10_PERCENT } from './domain/presets.ts';
import { buildFlag } from './factories.ts';
import { saveGuideline } from './import-repo.ts';
import { listFlags } from './flag-service.ts';

/** Monday 23 November 2026, 10:00 in Norway; every call is given this instant. */
const NOW = new Date('2026-11-23T09:00:00Z');
const at = { now: NOW };

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db, { name: 'Elvestad' });
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Elvestad skole' });
  const far = await buildMunicipality(db, { name: 'Fjernvik' });
  const farSchool = await buildUnit(db, { municipality_id: far.id });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  await buildFlag(db, child, school.id, '2026-11-20', { ruleId: 'days-month' });
  await buildFlag(db, child, school.id, '2026-11-21', { ruleId: 'days-in-a-row' });
  const flags = await db.selectFrom('attendance_flag').select(['id', 'rule_id']).where('child_id', '=', child.id).orderBy('raised_on').execute();
  return {
    school,
    child,
    flagIds: flags.map((f) => f.id),
    leader: await buildPerson(db, 'unit_leader', school),
    otherLeader: await buildPerson(db, 'unit_leader', school),
    teacher: await buildPerson(db, 'staff', school),
    farLeader: await buildPerson(db, 'unit_leader', farSchool),
  };
}

const aStep = (version: number, fields: Partial<AddStepRequest> = {}): AddStepRequest => ({
  version,
  kind: 'meeting',
  what: 'Møte med foreldrene om oppmøtet',
  dueOn: '2026-11-27',
  reviewOn: '2026-12-11',
  idempotencyKey: randomUUID(),
  ...fields,
});

const aContact = (version: number, fields: Partial<AddContactRequest> = {}): AddContactRequest => ({
  version,
  contactedOn: '2026-11-23',
  withWhom: 'parents',
  how: 'phone',
  outcome: 'Foreldrene bekymret, eleven har vondt i magen om morgenen.',
  agreed: 'Møte fredag.',
  idempotencyKey: randomUUID(),
  ...fields,
});

async function auditOf(db: Db, resourceId: string) {
  return db.withTables<AuditTables>().selectFrom('audit_event').select(['action', 'outcome']).where('resource_id', '=', resourceId).orderBy('id').execute();
}

describeEachEngine('attendance follow-up cases', (use) => {
  it('opens a case from a flag with the opener as coordinator; the next flag joins it, a retry changes nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const opened = await openCaseFromFlag(db, leader, w.school.id, w.flagIds[0]!, {}, at);
    expect(opened.created).toBe(true);
    expect(opened.case).toMatchObject({ unitId: w.school.id, coordinator: { id: w.leader }, version: 1, closedAt: null, steps: [], contacts: [] });
    expect(opened.case.flags.map((f) => f.id)).toEqual([w.flagIds[0]]);

    const joined = await openCaseFromFlag(db, await actor(db, w.otherLeader), w.school.id, w.flagIds[1]!, { coordinatorId: w.otherLeader }, at);
    expect(joined).toMatchObject({ created: false, case: { id: opened.case.id, coordinator: { id: w.leader } } });
    expect(joined.case.flags.map((f) => f.id)).toEqual(w.flagIds);

    const retry = await openCaseFromFlag(db, leader, w.school.id, w.flagIds[0]!, {}, at);
    expect(retry).toMatchObject({ created: false, case: { id: opened.case.id } });
    expect(await db.selectFrom('attendance_case').select('id').where('child_id', '=', w.child.id).execute()).toHaveLength(1);
    // The flag list points at the case.
    expect((await listFlags(db, leader, w.school.id)).flags.map((f) => f.caseId)).toEqual([opened.case.id, opened.case.id]);
    // One event per call, naming the case.
    expect(await auditOf(db, opened.case.id)).toEqual([
      { action: 'create', outcome: 'allowed' },
      { action: 'create', outcome: 'allowed' },
      { action: 'create', outcome: 'allowed' },
    ]);
  });

  it('plans a step, marks it done, logs a contact, refuses a stale version with 409 and closes with a reason', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagIds[0]!, {}, at);

    const step = aStep(1, { ownerId: w.teacher });
    const planned = await addStep(db, leader, opened.id, step, at);
    expect(planned.version).toBe(2);
    expect(planned.steps).toMatchObject([{ kind: 'meeting', owner: { id: w.teacher }, dueOn: '2026-11-27', reviewOn: '2026-12-11', done: false }]);
    // The same submission again adds nothing, whatever version it carries.
    expect((await addStep(db, leader, opened.id, step, at)).steps).toHaveLength(1);

    const done = await markStepDone(db, leader, opened.id, planned.steps[0]!.id, 2, at);
    expect(done.steps[0]!.done).toBe(true);

    const logged = await addContact(db, leader, opened.id, aContact(3), at);
    expect(logged.contacts).toMatchObject([{ contactedOn: '2026-11-23', how: 'phone', withWhom: 'parents', by: { id: w.leader }, agreed: 'Møte fredag.' }]);
    expect(logged.version).toBe(4);

    await expect(addContact(db, leader, opened.id, aContact(3), at)).rejects.toMatchObject({ status: 409, code: 'conflict' });
    await expect(closeCase(db, leader, opened.id, { version: 3, reason: 'back_at_school', note: '' }, at)).rejects.toMatchObject({ status: 409, code: 'conflict' });

    const closed = await closeCase(db, leader, opened.id, { version: 4, reason: 'back_at_school', note: 'Tilbake på skolen hver dag denne uka.' }, at);
    expect(closed).toMatchObject({ closeReason: 'back_at_school', closeNote: 'Tilbake på skolen hver dag denne uka.', closedAt: NOW.toISOString() });
    // Its flags are handled with it, and a closed case takes nothing more.
    expect(closed.flags.map((f) => f.status)).toEqual(['handled']);
    await expect(addStep(db, leader, opened.id, aStep(5), at)).rejects.toMatchObject({ status: 409, code: 'case_closed' });
  });

  it('refuses bad input in the rules with 400 and changes nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagIds[0]!, {}, at);
    await expect(addContact(db, leader, opened.id, aContact(1, { contactedOn: addDays('2026-11-23', 1) }), at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    const named = `Ringte moren til ${w.child.given_name} ${w.child.family_name}.`;
    await expect(addContact(db, leader, opened.id, aContact(1, { outcome: named }), at)).rejects.toMatchObject({ status: 400, code: 'identifying_note' });
    await expect(addStep(db, leader, opened.id, aStep(1, { ownerId: w.farLeader }), at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await getCase(db, leader, opened.id, at)).toMatchObject({ version: 1, steps: [], contacts: [] });
    // A teacher may not coordinate a new case: only who handles flags does.
    const other = await buildEnrolledChild(db, { municipality_id: w.child.municipality_id, unit_id: w.school.id });
    await buildFlag(db, other, w.school.id, '2026-11-20');
    const otherFlag = (await db.selectFrom('attendance_flag').select('id').where('child_id', '=', other.id).executeTakeFirstOrThrow()).id;
    await expect(openCaseFromFlag(db, leader, w.school.id, otherFlag, { coordinatorId: w.teacher }, at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await db.selectFrom('attendance_case').select('id').where('child_id', '=', other.id).execute()).toEqual([]);
  });

  it('needs a return plan before closing as back at school after ten days away', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const days = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    await db
      .insertInto('absence')
      .values(days.map((date) => ({ child_id: w.child.id, date, lesson: 0, unit_id: w.school.id, municipality_id: w.child.municipality_id, minutes: 330, kind: 'undocumented' as const, source: 'test', import_id: null })))
      .execute();
    await db.updateTable('attendance_flag').set({ window_from: '2026-11-01' }).where('id', '=', w.flagIds[0]!).execute();
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagIds[0]!, {}, at);
    expect(opened).toMatchObject({ absentDays: 10, returnPlanRequired: true });
    await expect(closeCase(db, leader, opened.id, { version: 1, reason: 'back_at_school', note: '' }, at)).rejects.toMatchObject({ status: 409, code: 'return_plan_missing' });
    const planned = await addStep(db, leader, opened.id, aStep(1, { kind: 'return_plan', what: 'Halve dager første uka, fast voksen om morgenen' }), at);
    await expect(closeCase(db, leader, opened.id, { version: planned.version, reason: 'back_at_school', note: '' }, at)).resolves.toMatchObject({ closeReason: 'back_at_school' });
  });

  it("reads the pupil's term so far on the school calendar, with the share of school time missed since it began", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await saveGuideline(db, w.child.municipality_id, UDIR_10_PERCENT);
    await db
      .insertInto('school_holiday')
      .values([
        { municipality_id: w.child.municipality_id, from_date: '2026-08-01', to_date: '2026-08-16', label: 'Sommerferie' },
        { municipality_id: w.child.municipality_id, from_date: '2026-09-28', to_date: '2026-10-02', label: 'Høstferie' },
      ])
      .execute();
    const row = { child_id: w.child.id, unit_id: w.school.id, municipality_id: w.child.municipality_id, source: 'test', import_id: null };
    await db
      .insertInto('absence')
      .values([
        ...['2026-11-16', '2026-11-17', '2026-11-18'].map((date) => ({ ...row, date, lesson: 0, minutes: 330, kind: 'undocumented' as const })),
        { ...row, date: '2026-11-19', lesson: 1, minutes: 33, kind: 'late' as const },
      ])
      .execute();
    const { case: opened } = await openCaseFromFlag(db, await actor(db, w.leader), w.school.id, w.flagIds[0]!, {}, at);
    const read = await getCase(db, await actor(db, w.leader), opened.id, at);
    expect(read.term).toMatchObject({ from: '2026-08-01', to: '2026-11-23', dayMinutes: 330, threshold: 10 });
    // Counted by hand: 81 weekdays from Monday 3 August to Monday 23 November, 15 of them in the
    // summer and autumn holidays, so 66 school days, the first on 17 August.
    const days = read.term.days;
    expect(days).toHaveLength(81);
    expect(days.filter((d) => d.schoolDay)).toHaveLength(66);
    expect(days.find((d) => d.schoolDay)?.date).toBe('2026-08-17');
    expect(days.find((d) => d.date === '2026-09-30')).toMatchObject({ schoolDay: false, percent: null });
    expect(days.find((d) => d.date === '2026-11-17')).toMatchObject({ schoolDay: true, minutes: 330, wholeDay: true, kinds: ['undocumented'] });
    expect(days.find((d) => d.date === '2026-11-19')).toMatchObject({ minutes: 33, wholeDay: false, kinds: ['late'] });
    // 18 November is the 63rd school day: 3 × 330 of 63 × 330 minutes; on the 66th, 1023 of 21,780.
    expect(days.find((d) => d.date === '2026-11-18')!.percent).toBeCloseTo(4.7619, 4);
    expect(days.at(-1)).toMatchObject({ date: '2026-11-23', schoolDay: true, minutes: 0 });
    expect(days.at(-1)!.percent).toBeCloseTo(4.6970, 4);
    // Still one event for the read.
    expect(await auditOf(db, opened.id)).toEqual([
      { action: 'create', outcome: 'allowed' },
      { action: 'read', outcome: 'allowed' },
    ]);
  });

  it("refuses another municipality's leader and the school's teacher as if the case were not there, each attempt audited", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { case: opened } = await openCaseFromFlag(db, await actor(db, w.leader), w.school.id, w.flagIds[0]!, {}, at);
    for (const outsider of [w.farLeader, w.teacher]) {
      const them = await actor(db, outsider);
      await expect(getCase(db, them, opened.id, at)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addContact(db, them, opened.id, aContact(1), at)).rejects.toBeInstanceOf(NotFoundError);
      await expect(openCaseFromFlag(db, them, w.school.id, w.flagIds[1]!, {}, at)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await auditOf(db, opened.id)).filter((e) => e.outcome === 'denied')).toHaveLength(6);
    expect(await getCase(db, await actor(db, w.leader), opened.id, at)).toMatchObject({ version: 1, contacts: [], flags: [{ id: w.flagIds[0] }] });
  });
});
