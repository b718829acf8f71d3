/**
 * Who may be chosen on a follow-up case, on both engines: the school's staff as a step's owner
 * and its leaders as the coordinator; a step given to the school nurse, refused to someone of
 * another school; the case handed to another leader, refused from a stale version and to a
 * teacher, nothing changed by a refusal.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_NOW } from '../kernel/testing/test-clock.ts';
import type { AddStepRequest } from './case-schema.ts';
import { addStep, changeCoordinator, getCase, listCasePeople, openCaseFromFlag } from './case-service.ts';
import { buildFlag } from './factories.ts';

const at = { now: TEST_NOW };

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db, { name: 'Elvestad' });
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Elvestad skole' });
  const otherSchool = await buildUnit(db, { municipality_id: municipality.id, name: 'Åsen skole' });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  await buildFlag(db, child, school.id, '2026-11-20');
  const flagId = (await db.selectFrom('attendance_flag').select('id').where('child_id', '=', child.id).executeTakeFirstOrThrow()).id;
  const person = async (given: string, family: string, roles: { unitId: string; role: 'unit_leader' | 'staff' }[]) => {
    const staff = await buildStaff(db, { municipality_id: municipality.id, given_name: given, family_name: family });
    for (const { unitId, role } of roles) await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
    return staff.id;
  };
  return {
    school,
    flagId,
    // Sorted by family name: Berg, Dahl, Lie, Moe; Strand works at the other school only.
    leader: await person('Kari', 'Berg', [{ unitId: school.id, role: 'unit_leader' }]),
    // Leads the school and teaches there too: listed once.
    deputy: await person('Ola', 'Dahl', [
      { unitId: school.id, role: 'unit_leader' },
      { unitId: school.id, role: 'staff' },
    ]),
    nurse: await person('Siri', 'Lie', [{ unitId: school.id, role: 'staff' }]),
    teacher: await person('Per', 'Moe', [{ unitId: school.id, role: 'staff' }]),
    elsewhere: await person('Anne', 'Strand', [{ unitId: otherSchool.id, role: 'unit_leader' }]),
  };
}

const aMeeting = (version: number, fields: Partial<AddStepRequest> = {}): AddStepRequest => ({
  version,
  kind: 'meeting',
  what: 'Møte med foreldrene om oppmøtet',
  dueOn: '2026-11-27',
  reviewOn: null,
  idempotencyKey: randomUUID(),
  ...fields,
});

describeEachEngine('who may be chosen on an attendance case', (use) => {
  it("lists the school's staff as owners and its leaders as coordinators, once each, to the school's leaders only", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagId, {}, at);
    const people = await listCasePeople(db, leader, opened.id);
    expect(people).toEqual({
      owners: [
        { id: w.leader, name: 'Kari Berg' },
        { id: w.deputy, name: 'Ola Dahl' },
        { id: w.nurse, name: 'Siri Lie' },
        { id: w.teacher, name: 'Per Moe' },
      ],
      coordinators: [
        { id: w.leader, name: 'Kari Berg' },
        { id: w.deputy, name: 'Ola Dahl' },
      ],
    });
    // The school's teacher, and another school's leader, find no case.
    for (const outsider of [w.teacher, w.elsewhere]) {
      await expect(listCasePeople(db, await actor(db, outsider), opened.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("gives a step to another of the school's staff; someone of another school is refused with 400 and nothing is saved", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagId, {}, at);

    await expect(addStep(db, leader, opened.id, aMeeting(1, { ownerId: w.elsewhere }), at)).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
      details: { issues: [{ path: 'body/ownerId', code: 'not_at_school' }] },
    });
    expect(await getCase(db, leader, opened.id, at)).toMatchObject({ version: 1, steps: [] });

    const planned = await addStep(db, leader, opened.id, aMeeting(1, { ownerId: w.nurse }), at);
    expect(planned).toMatchObject({ version: 2, steps: [{ kind: 'meeting', owner: { id: w.nurse, name: 'Siri Lie' } }] });
    // Left out, the step is the caller's own.
    const own = await addStep(db, leader, opened.id, aMeeting(2, { kind: 'call_home', what: 'Ringe hjem', dueOn: '2026-11-24' }), at);
    expect(own.steps.map((s) => s.owner?.id)).toEqual([w.leader, w.nurse]);
  });

  it('hands the case to another leader of the school; a stale version answers 409 and a teacher 400, and neither changes it', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const { case: opened } = await openCaseFromFlag(db, leader, w.school.id, w.flagId, {}, at);
    await addStep(db, leader, opened.id, aMeeting(1), at);

    await expect(changeCoordinator(db, leader, opened.id, { version: 1, coordinatorId: w.deputy }, at)).rejects.toMatchObject({ status: 409, code: 'conflict' });
    await expect(changeCoordinator(db, leader, opened.id, { version: 2, coordinatorId: w.teacher }, at)).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
      details: { issues: [{ path: 'body/coordinatorId', code: 'not_a_coordinator' }] },
    });
    await expect(changeCoordinator(db, leader, opened.id, { version: 2, coordinatorId: w.elsewhere }, at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await getCase(db, leader, opened.id, at)).toMatchObject({ version: 2, coordinator: { id: w.leader } });

    const handed = await changeCoordinator(db, leader, opened.id, { version: 2, coordinatorId: w.deputy }, at);
    expect(handed).toMatchObject({ version: 3, coordinator: { id: w.deputy, name: 'Ola Dahl' } });
    // The new coordinator works the case from here; so may any leader of the school.
    await expect(getCase(db, await actor(db, w.deputy), opened.id, at)).resolves.toMatchObject({ coordinator: { id: w.deputy } });
  });
});
