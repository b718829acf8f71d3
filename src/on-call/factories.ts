/** Test factories for the call log: an evening team and its calls (see organisation/factories.ts). */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { clock } from '../time/clock.ts';
import type { OnCallCallTable } from './tables.ts';

export interface OnCallPlace {
  /** A child welfare unit whose on-call worker is its evening team. */
  onCallUnitId: string;
  onCallWorkerId: string;
  /** A call of last night needing follow-up. */
  onCallCallId: string;
  /** More such calls, one for each take-over call of the access matrix (eight roles, and once without a session). */
  onCallTakeOverPool: string[];
  /** The identity number of a child no one has opened in an emergency, to link to a call. */
  onCallChildNationalId: string;
  /** An on-call service hosted by the place's municipality, in a cooperation of its own: what a cost statement is of. */
  onCallServiceId: string;
}

/**
 * An on-call service in a cooperation, hosted by `hostId` (a new municipality when not given)
 * with the other members given. Its host's leader runs it.
 */
export async function buildCooperationService(db: Db, hostId: string, memberIds: string[] = []) {
  const cooperation = await db
    .insertInto('cooperation')
    .values({ name: `Barnevernvakta ${randomUUID()}`, kind: 'on_call', host_municipality_id: hostId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('cooperation_member').values([hostId, ...memberIds].map((municipality_id) => ({ cooperation_id: cooperation.id, municipality_id }))).execute();
  return buildUnit(db, { municipality_id: hostId, kind: 'on_call_service', name: 'Barnevernvakta', cooperation_id: cooperation.id });
}

/** Fjordøy hosts the service of its cooperation with Sundvik; Elvestad is outside it and has an evening team. */
export async function buildServiceWorld(db: Db) {
  const host = await buildMunicipality(db, { name: 'Fjordøy' });
  const member = await buildMunicipality(db, { name: 'Sundvik' });
  const outside = await buildMunicipality(db, { name: 'Elvestad' });
  const service = await buildCooperationService(db, host.id, [member.id]);
  const eveningTeam = await buildUnit(db, { municipality_id: outside.id, kind: 'child_welfare', name: 'Barneverntjenesten i Elvestad' });
  const person = async (role: Role, unit: { id: string; municipality_id: string }) => {
    const staff = await buildStaff(db, { municipality_id: unit.municipality_id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role });
    return staff.id;
  };
  const hostSchool = await buildUnit(db, { municipality_id: host.id });
  const memberWelfare = await buildUnit(db, { municipality_id: member.id, kind: 'child_welfare' });
  return {
    host,
    member,
    outside,
    service,
    eveningTeam,
    worker: await person('on_call_worker', service),
    hostLeader: await person('leader', hostSchool),
    memberLeader: await person('leader', memberWelfare),
    outsideLeader: await person('leader', eveningTeam),
  };
}

/** A call of the night before `clock.now()`, needing follow-up, unless told otherwise. */
export async function buildCall(db: Db, fields: Partial<Insertable<OnCallCallTable>> & { unit_id: string; municipality_id: string }): Promise<string> {
  const id = randomUUID();
  const { responses, ...rest } = fields;
  await db
    .insertInto('on_call_call')
    .values({
      id,
      received_at: new Date(clock.now().getTime() - 12 * 3_600_000),
      caller: 'police',
      category: 'conflict_at_home',
      placement: 'prevented',
      minutes_spent: 90,
      summary: 'Hjemmebesøk sammen med politiet etter melding om krangel. Mor og barn ble hos mormor.',
      follow_up: true,
      ...rest,
      responses: sql`${`{${(responses ?? ['home_visit', 'with_police']).join(',')}}`}::text[]` as never,
    })
    .execute();
  return id;
}

export async function buildOnCallPlace(db: Db, municipalityId: string): Promise<OnCallPlace> {
  const unit = await buildUnit(db, { municipality_id: municipalityId, kind: 'child_welfare', name: 'Barneverntjenesten' });
  const worker = await buildStaff(db, { municipality_id: municipalityId });
  await buildMembership(db, { staff_id: worker.id, unit_id: unit.id, role: 'on_call_worker' });
  const call = () => buildCall(db, { unit_id: unit.id, municipality_id: municipalityId, recorded_by_staff_id: worker.id });
  return {
    onCallUnitId: unit.id,
    onCallWorkerId: worker.id,
    onCallCallId: await call(),
    onCallTakeOverPool: await Promise.all(Array.from({ length: 10 }, call)),
    onCallChildNationalId: (await buildEnrolledChild(db, { municipality_id: municipalityId, unit_id: unit.id })).national_id,
    onCallServiceId: (await buildCooperationService(db, municipalityId)).id,
  };
}
