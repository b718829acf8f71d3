/**
 * Queries for pupils' requests, talks and referrals, and the school devices in pupil mode. Only
 * reached through the services, behind the policy (pupil mode's token is found before it).
 */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Tables } from '../kernel/db/tables.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';
import { clock } from '../time/clock.ts';

export { locateUnit, type UnitScope };

/** A request's unit scope, or undefined when there is no such request. */
export async function locateRequest(db: Db, requestId: string): Promise<UnitScope | undefined> {
  const row = await db.selectFrom('pupil_talk_request').select('unit_id').where('id', '=', requestId).executeTakeFirst();
  return row && locateUnit(db, row.unit_id);
}

/** A talk's unit scope, or undefined when there is no such talk. */
export async function locateTalk(db: Db, talkId: string): Promise<UnitScope | undefined> {
  const row = await db.selectFrom('pupil_talk').select('unit_id').where('id', '=', talkId).executeTakeFirst();
  return row && locateUnit(db, row.unit_id);
}

/** A municipality as a scope (its intake list belongs to it), or undefined when there is none. */
export async function locateMunicipality(db: Db, municipalityId: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst();
  return row && { municipalityId: row.id, unitIds: [], districtIds: [] };
}

/** Pupils ask at school: requests and pupil mode belong to schools only. */
export async function isSchool(db: Db, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('unit').select('kind').where('id', '=', unitId).executeTakeFirst();
  return row?.kind === 'school';
}

export function unitName(db: Db, unitId: string) {
  return db.selectFrom('unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirstOrThrow();
}

const requestColumns = ['r.id', 'r.unit_id', 'r.first_name', 'r.class_group', 'r.free_when', 'r.about', 'r.source', 'r.created_at'] as const;

export function findRequest(db: Db, requestId: string) {
  return db.selectFrom('pupil_talk_request as r').select(requestColumns).where('r.id', '=', requestId).executeTakeFirst();
}

export function findRequestByKey(db: Db, idempotencyKey: string) {
  return db.selectFrom('pupil_talk_request as r').select(['r.id', 'r.unit_id']).where('r.idempotency_key', '=', idempotencyKey).executeTakeFirst();
}

/** Inserts a request unless one with its idempotency key exists; returns the new id, or undefined. */
export async function insertRequest(db: Db, values: Insertable<Tables['pupil_talk_request']>): Promise<string | undefined> {
  const row = await db
    .insertInto('pupil_talk_request')
    .values({ created_at: clock.now(), ...values })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** The unit's requests that have no talk yet, oldest first. */
export function listOpenRequests(db: Db, unitId: string) {
  return db
    .selectFrom('pupil_talk_request as r')
    .leftJoin('pupil_talk as t', 't.request_id', 'r.id')
    .select(requestColumns)
    .where('r.unit_id', '=', unitId)
    .where('t.id', 'is', null)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export function listTalks(db: Db, unitId: string) {
  return db
    .selectFrom('pupil_talk as t')
    .innerJoin('pupil_talk_request as r', 'r.id', 't.request_id')
    .select(['t.id', 'r.first_name', 'r.class_group', 't.held_on', 't.topic', 't.notice_status'])
    .where('t.unit_id', '=', unitId)
    .orderBy('t.held_on', 'desc')
    .orderBy('t.created_at', 'desc')
    .execute();
}

export function findTalk(db: Db, talkId: string) {
  return db
    .selectFrom('pupil_talk as t')
    .innerJoin('unit as u', 'u.id', 't.unit_id')
    .innerJoin('staff as c', 'c.id', 't.contact_staff_id')
    .leftJoin('child as ch', 'ch.id', 't.child_id')
    .leftJoin('staff as g', 'g.id', 't.notice_given_by_staff_id')
    .leftJoin('pupil_talk_referral as ref', 'ref.talk_id', 't.id')
    .select([
      't.id',
      't.request_id',
      't.unit_id',
      'u.name as unit_name',
      'c.id as contact_id',
      'c.given_name as contact_given_name',
      'c.family_name as contact_family_name',
      't.held_on',
      't.duration_minutes',
      't.topic',
      't.follow_up',
      't.note',
      'ch.id as child_id',
      'ch.given_name as child_given_name',
      'ch.family_name as child_family_name',
      't.notice_status',
      't.notice_locale',
      't.notice_text',
      't.notice_given_at',
      't.notice_given_how',
      'g.id as given_by_id',
      'g.given_name as given_by_given_name',
      'g.family_name as given_by_family_name',
      't.notice_pupil_present',
      'ref.referred_on',
      't.version',
    ])
    .where('t.id', '=', talkId)
    .executeTakeFirst();
}

/** Records a talk for a request unless one is recorded for it already; returns the new id, or undefined. */
export async function insertTalk(db: Db, values: Insertable<Tables['pupil_talk']>): Promise<string | undefined> {
  const row = await db
    .insertInto('pupil_talk')
    .values(values)
    .onConflict((oc) => oc.column('request_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a talk and steps its version, if it still has the version read; answers whether it did. */
export async function updateTalk(db: Db, talkId: string, version: number, changes: Updateable<Tables['pupil_talk']>): Promise<boolean> {
  const updated = await db
    .updateTable('pupil_talk')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', talkId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

export type TalkRow = NonNullable<Awaited<ReturnType<typeof findTalk>>>;
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** Whether the child is in the unit's register: a notice or referral may only name a child of the unit. */
export async function isEnrolledAt(db: Db, childId: string, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('enrolment').select('child_id').where('child_id', '=', childId).where('unit_id', '=', unitId).executeTakeFirst();
  return row !== undefined;
}

export async function insertReferral(db: Db, values: Insertable<Tables['pupil_talk_referral']>): Promise<void> {
  await db.insertInto('pupil_talk_referral').values(values).execute();
}

export function listReferrals(db: Db, municipalityId: string) {
  return db
    .selectFrom('pupil_talk_referral as ref')
    .innerJoin('unit as u', 'u.id', 'ref.unit_id')
    .innerJoin('child as ch', 'ch.id', 'ref.child_id')
    .leftJoin('staff as s', 's.id', 'ref.referred_by_staff_id')
    .select([
      'ref.id',
      'ref.referred_on',
      'u.id as unit_id',
      'u.name as unit_name',
      'ch.id as child_id',
      'ch.given_name as child_given_name',
      'ch.family_name as child_family_name',
      's.id as by_id',
      's.given_name as by_given_name',
      's.family_name as by_family_name',
      'ref.reason',
    ])
    .where('ref.municipality_id', '=', municipalityId)
    .orderBy('ref.referred_on', 'desc')
    .orderBy('ref.created_at', 'desc')
    .execute();
}

/** The register child a talk is linked to (by its parent notice or referral), else null. */
export async function childOfTalk(db: Db, talkId: string): Promise<string | null> {
  const row = await db.selectFrom('pupil_talk').select('child_id').where('id', '=', talkId).executeTakeFirst();
  return row?.child_id ?? null;
}

/** The talks linked to a child, with their unit and the notice's state, for the chronology. */
export function listTalksOfChild(db: Db, childId: string) {
  return db
    .selectFrom('pupil_talk as t')
    .innerJoin('unit as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.held_on', 't.topic', 't.unit_id', 'u.name as unit_name', 'u.municipality_id', 't.notice_status', 't.notice_given_at'])
    .where('t.child_id', '=', childId)
    .execute();
}

/** The referrals about a child (they outlive the talk), with the municipality whose intake list holds them. */
export function listReferralsOfChild(db: Db, childId: string) {
  return db
    .selectFrom('pupil_talk_referral as ref')
    .innerJoin('unit as u', 'u.id', 'ref.unit_id')
    .leftJoin('pupil_talk as t', 't.id', 'ref.talk_id')
    .select(['ref.id', 'ref.referred_on', 'ref.municipality_id', 'ref.unit_id', 'u.name as unit_name', 't.held_on'])
    .where('ref.child_id', '=', childId)
    .execute();
}

/** For the retention job: one request kept past `cutoff` (counted from its talk's close, else its making), locked FOR UPDATE SKIP LOCKED. */
export function claimExpiredRequest(trx: Trx, cutoff: Date) {
  return trx
    .selectFrom('pupil_talk_request as r')
    .select((eb) => [
      'r.id',
      'r.created_at',
      eb.selectFrom('pupil_talk as t').select('t.created_at').whereRef('t.request_id', '=', 'r.id').as('talk_recorded_at'),
      eb.selectFrom('pupil_talk as t').select('t.closed_at').whereRef('t.request_id', '=', 'r.id').as('closed_at'),
    ])
    .where(
      sql<Date>`coalesce((select coalesce(t.closed_at, t.created_at) from pupil_talk t where t.request_id = r.id), r.created_at)`,
      '<=',
      cutoff,
    )
    .orderBy('r.created_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Deletes a request with its talk (the foreign key cascades). */
export async function deleteRequest(trx: Trx, requestId: string): Promise<void> {
  await trx.deleteFrom('pupil_talk_request').where('id', '=', requestId).execute();
}

export async function insertPupilMode(db: Db, values: Insertable<Tables['pupil_mode']>): Promise<void> {
  await db.insertInto('pupil_mode').values(values).execute();
}

/** The live pupil mode of a device by its token's hash, with its unit's name, or undefined. */
export function findPupilMode(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('pupil_mode as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .select(['p.unit_id', 'u.name as unit_name', 'p.opened_by_staff_id', 'p.expires_at'])
    .where('p.token_hash', '=', tokenHash)
    .where('p.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deletePupilMode(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('pupil_mode').where('token_hash', '=', tokenHash).execute();
}

export async function deletePupilModesOpenedBy(db: Db, staffId: string): Promise<void> {
  await db.deleteFrom('pupil_mode').where('opened_by_staff_id', '=', staffId).execute();
}

/** Devices left in pupil mode past their expiry. */
export async function deleteExpiredPupilModes(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('pupil_mode').where('expires_at', '<=', now).execute();
}
