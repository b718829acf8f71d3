import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { clock } from '../time/clock.ts';
import { buildCall } from './factories.ts';
import type { NewCall } from './schema.ts';
import { linkChild, listCalls, logCall, readCall, readHandover, readOverview, takeOver } from './service.ts';

/** Tuesday 24 November 2026, 09:00 in Norway: the morning after the night the calls came in. */
const MORNING = new Date('2026-11-24T08:00:00Z');

/** Fjordøy hosts the on-call service of its cooperation with Sundvik; Elvestad is outside it. */
async function buildWorld(db: Db) {
  const host = await buildMunicipality(db, { name: 'Fjordøy' });
  const member = await buildMunicipality(db, { name: 'Sundvik' });
  const outside = await buildMunicipality(db, { name: 'Elvestad' });
  const cooperation = await db
    .insertInto('cooperation')
    .values({ name: `Barnevernvakta ${randomUUID()}`, kind: 'on_call', host_municipality_id: host.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('cooperation_member').values([host, member].map((m) => ({ cooperation_id: cooperation.id, municipality_id: m.id }))).execute();
  const service = await buildUnit(db, { municipality_id: host.id, kind: 'on_call_service', name: 'Barnevernvakta', cooperation_id: cooperation.id });
  const sundvikWelfare = await buildUnit(db, { municipality_id: member.id, kind: 'child_welfare', name: 'Barneverntjenesten i Sundvik' });
  const outsideWelfare = await buildUnit(db, { municipality_id: outside.id, kind: 'child_welfare', name: 'Barneverntjenesten i Elvestad' });
  const school = await buildUnit(db, { municipality_id: host.id });
  const person = async (role: Role, unit: { id: string; municipality_id: string }) => {
    const staff = await buildStaff(db, { municipality_id: unit.municipality_id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role });
    return staff.id;
  };
  return {
    host,
    member,
    outside,
    service,
    school,
    sundvikWelfare,
    outsideWelfare,
    worker: await person('on_call_worker', service),
    colleague: await person('on_call_worker', service),
    sundvikIntake: await person('intake_worker', sundvikWelfare),
    sundvikLeader: await person('leader', sundvikWelfare),
    outsideWorker: await person('on_call_worker', outsideWelfare),
    outsideIntake: await person('intake_worker', outsideWelfare),
    hostLeader: await person('leader', school),
  };
}

function aCall(municipalityId: string, fields: Partial<NewCall> = {}): NewCall {
  return {
    municipalityId,
    receivedAt: '2026-11-23T22:40:00Z',
    caller: 'police',
    category: 'conflict_at_home',
    responses: ['home_visit', 'with_police'],
    placement: 'prevented',
    placementMadeAt: null,
    minutesSpent: 150,
    summary: 'Politiet meldte krangel i hjemmet. Hjemmebesøk; barna ble hos besteforeldre over natten.',
    followUp: true,
    workerStaffIds: [],
    idempotencyKey: randomUUID(),
    ...fields,
  };
}

describeEachEngine('the call log', (use) => {
  it('logs a night call for a cooperating municipality, and a retry logs nothing new', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const input = aCall(w.member.id, { workerStaffIds: [w.colleague] });
    const first = await logCall(db, await actor(db, w.worker), w.service.id, input, { now: MORNING });
    expect(first.created).toBe(true);
    expect(first.call).toMatchObject({ municipality: { name: 'Sundvik' }, placement: 'prevented', handoverDate: '2026-11-24', handoverState: 'waiting', tribunal: null });
    expect(first.call.workers.map((p) => p.id).sort()).toEqual([w.worker, w.colleague].sort());
    const again = await logCall(db, await actor(db, w.worker), w.service.id, input, { now: MORNING });
    expect(again).toEqual({ call: first.call, created: false });
    const night = await listCalls(db, await actor(db, w.worker), w.service.id, '2026-11-23', { now: MORNING });
    expect(night.calls.map((c) => c.id)).toEqual([first.call.id]);
    expect(night.municipalities.map((m) => m.name)).toEqual(['Fjordøy', 'Sundvik']);
  });

  it('starts the county tribunal clock when a placement is made', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const input = aCall(w.host.id, { placement: 'made', responses: ['placement'], placementMadeAt: '2026-11-23T23:30:00Z' });
    const { call } = await logCall(db, await actor(db, w.worker), w.service.id, input, { now: MORNING });
    // 48 hours after 00:30 on the 24th (Oslo): 00:30 on the 26th; at 09:00 on the 24th, 39.5 hours are left.
    expect(call.tribunal).toMatchObject({ deadline: '2026-11-25T23:30:00.000Z', minutesLeft: 39 * 60 + 30, hours: 48 });
  });

  it('refuses a municipality outside the cooperation, a stranger as worker and a call in the future, and logs nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const worker = await actor(db, w.worker);
    const refusals = [
      aCall(w.outside.id),
      aCall(w.member.id, { workerStaffIds: [w.sundvikIntake] }),
      aCall(w.member.id, { receivedAt: '2026-11-24T10:00:00Z' }),
      aCall(w.member.id, { placement: 'made', placementMadeAt: '2026-11-23T20:00:00Z' }),
    ];
    for (const input of refusals) {
      await expect(logCall(db, worker, w.service.id, input, { now: MORNING })).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    }
    expect(await db.selectFrom('on_call_call').select('id').where('unit_id', '=', w.service.id).execute()).toEqual([]);
  });

  it('answers a unit that takes no calls, and a worker of another service, as missing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(logCall(db, await actor(db, w.worker), w.school.id, aCall(w.host.id), { now: MORNING })).rejects.toBeInstanceOf(NotFoundError);
    await expect(logCall(db, await actor(db, w.outsideWorker), w.service.id, aCall(w.host.id), { now: MORNING })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets the evening team of a child welfare unit log calls for its own municipality only", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const worker = await actor(db, w.outsideWorker);
    const { call } = await logCall(db, worker, w.outsideWelfare.id, aCall(w.outside.id, { receivedAt: '2026-11-23T18:30:00Z' }), { now: MORNING });
    expect(call.municipality.name).toBe('Elvestad');
    await expect(logCall(db, worker, w.outsideWelfare.id, aCall(w.member.id), { now: MORNING })).rejects.toBeInstanceOf(RuleViolation);
  });
});

describeEachEngine('the morning handover', (use) => {
  it("goes to the municipality's intake, who takes each call over once", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const sundvikCall = await buildCall(db, { unit_id: w.service.id, municipality_id: w.member.id, received_at: new Date('2026-11-23T22:40:00Z') });
    await buildCall(db, { unit_id: w.service.id, municipality_id: w.host.id, received_at: new Date('2026-11-23T23:10:00Z') });
    await buildCall(db, { unit_id: w.service.id, municipality_id: w.member.id, received_at: new Date('2026-11-23T21:00:00Z'), follow_up: false });
    const intake = await actor(db, w.sundvikIntake);
    const handover = await readHandover(db, intake, w.sundvikWelfare.id, undefined, { now: MORNING });
    expect(handover).toMatchObject({ date: '2026-11-24', overdueAt: '2026-11-24T11:00:00.000Z' });
    expect(handover.calls.map((c) => c.id)).toEqual([sundvikCall]);
    const taken = await takeOver(db, intake, sundvikCall, 1, { now: MORNING });
    expect(taken).toMatchObject({ handoverState: 'taken_over', takenOverBy: { id: w.sundvikIntake }, version: 2 });
    await expect(takeOver(db, await actor(db, w.sundvikLeader), sundvikCall, 1, { now: MORNING })).rejects.toMatchObject({ status: 409, code: 'conflict' });
    await expect(readHandover(db, await actor(db, w.outsideIntake), w.sundvikWelfare.id, undefined, { now: MORNING })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('carries a call nobody took over into the next mornings, overdue after noon', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    // Friday night: Monday's handover; still not taken over on Tuesday.
    const call = await buildCall(db, { unit_id: w.service.id, municipality_id: w.member.id, received_at: new Date('2026-11-20T21:00:00Z') });
    const tuesday = await readHandover(db, await actor(db, w.sundvikLeader), w.sundvikWelfare.id, '2026-11-24', { now: MORNING });
    expect(tuesday.calls).toMatchObject([{ id: call, handoverDate: '2026-11-23', handoverState: 'overdue' }]);
    const read = await readCall(db, await actor(db, w.sundvikIntake), call, { now: MORNING });
    expect(read.handoverState).toBe('overdue');
  });
});

describeEachEngine('linking a child to a call', (use) => {
  it('links only a child the worker has opened by breaking the glass, and audits the link under the child', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const school = await buildUnit(db, { municipality_id: w.member.id });
    const child = await buildEnrolledChild(db, { municipality_id: w.member.id, unit_id: school.id });
    const call = await buildCall(db, { unit_id: w.service.id, municipality_id: w.member.id, received_at: new Date('2026-11-23T22:40:00Z') });
    const worker = await actor(db, w.worker);
    await expect(linkChild(db, worker, call, { nationalId: child.national_id, version: 1 }, { now: MORNING })).rejects.toBeInstanceOf(NotFoundError);

    await db
      .insertInto('emergency_access')
      .values({
        staff_id: w.worker,
        role: 'on_call_worker',
        unit_id: w.service.id,
        resource_type: 'child',
        resource_id: child.id,
        municipality_id: w.member.id,
        reason: 'Politiet ber om hjelp med et barn alene hjemme',
        // The grant runs on the server's clock, which the test setup holds.
        expires_at: new Date(clock.now().getTime() + 3_600_000),
        review_due_on: '2026-11-25',
      })
      .execute();
    const linked = await linkChild(db, worker, call, { nationalId: child.national_id, version: 1 }, { now: MORNING });
    expect(linked).toMatchObject({ childLinked: true, version: 2 });
    const audit = await db
      .withTables<AuditTables>()
      .selectFrom('audit_event')
      .select(['child_id', 'outcome'])
      .where('resource_id', '=', call)
      .where('action', '=', 'update')
      .execute();
    expect(audit.at(-1)).toEqual({ child_id: child.id, outcome: 'allowed' });
    await expect(linkChild(db, worker, call, { nationalId: child.national_id, version: 1 }, { now: MORNING })).rejects.toMatchObject({ status: 409 });
  });

  it("gives the host municipality's leader the service's figures, hiding what is under 5, and no one else", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    // Six calls on Friday 20 November at 22:10 in Oslo, by the worker, one of them with the colleague; one in October.
    for (let n = 0; n < 6; n += 1) {
      const id = await buildCall(db, { unit_id: w.service.id, municipality_id: w.member.id, received_at: new Date('2026-11-20T21:10:00Z'), minutes_spent: 60, placement: 'not_considered' });
      await db.insertInto('on_call_call_worker').values([{ call_id: id, staff_id: w.worker }, ...(n === 0 ? [{ call_id: id, staff_id: w.colleague }] : [])]).execute();
    }
    await buildCall(db, { unit_id: w.service.id, municipality_id: w.host.id, received_at: new Date('2026-10-20T21:10:00Z') });

    const november = { from: '2026-11-01', to: '2026-11-30' };
    const overview = await readOverview(db, await actor(db, w.hostLeader), w.service.id, november);
    expect(overview.total).toBe(6);
    expect(overview.byWeekday).toEqual([null, null, null, null, 6, null, null]);
    expect(overview.byHours[11]).toBe(6);
    expect(overview.placements.not_considered).toBe(6);
    expect(overview.workers.map((worker) => [worker.id, worker.calls, worker.hours])).toEqual(
      expect.arrayContaining([[w.worker, 6, 6], [w.colleague, null, null]]),
    );
    for (const outsider of [w.worker, w.sundvikLeader, w.sundvikIntake]) {
      await expect(readOverview(db, await actor(db, outsider), w.service.id, november)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
