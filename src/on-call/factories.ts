/** Test factories for the call log: an evening team and its calls (see organisation/factories.ts). */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import { buildEnrolledChild, buildMembership, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
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
  };
}
