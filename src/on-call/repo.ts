/** Queries of the call log. Only reached through service.ts, behind the policy. */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode } from '../kernel/db/tables.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import type { CallFacts } from './domain/overview.ts';
import type { OnCallCallTable } from './tables.ts';

export { locateChild, locateUnit } from '../kernel/policy/locate.ts';

/**
 * A call sits with the municipality it is about, at the unit that logged it: the service's
 * on-call workers reach it through their cooperation, that municipality's intake and leader
 * through their municipality.
 */
export async function locateCall(db: Db, id: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('on_call_call').select(['unit_id', 'municipality_id']).where('id', '=', id).executeTakeFirst();
  return row && { municipalityId: row.municipality_id, unitIds: [row.unit_id], districtIds: [] };
}

export interface OnCallUnit {
  id: string;
  kind: 'on_call_service' | 'child_welfare';
  municipalityId: string;
}

/** The unit when it is one that takes calls: an on-call service, or a child welfare unit's evening team. */
export async function findOnCallUnit(db: Db, unitId: string): Promise<OnCallUnit | undefined> {
  const row = await db.selectFrom('unit').select(['id', 'kind', 'municipality_id']).where('id', '=', unitId).executeTakeFirst();
  if (!row || (row.kind !== 'on_call_service' && row.kind !== 'child_welfare')) return undefined;
  return { id: row.id, kind: row.kind, municipalityId: row.municipality_id };
}

/** The municipalities a unit's calls may be about: its cooperation's for a service, else its own. */
export function servedMunicipalities(db: Db, unitId: string): Promise<{ id: string; name: string; countryCode: CountryCode }[]> {
  return db
    .selectFrom('unit as u')
    .innerJoin('municipality as m', (join) =>
      join.on((eb) =>
        eb.or([
          eb('m.id', '=', eb.ref('u.municipality_id')),
          eb('m.id', 'in', eb.selectFrom('cooperation_member as cm').select('cm.municipality_id').whereRef('cm.cooperation_id', '=', 'u.cooperation_id')),
        ]),
      ),
    )
    .select(['m.id', 'm.name', 'm.country_code as countryCode'])
    .where('u.id', '=', unitId)
    .orderBy('m.name')
    .execute();
}

export async function municipalityOfUnit(db: Db, unitId: string) {
  return db
    .selectFrom('unit as u')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['m.id', 'm.name', 'm.country_code as countryCode'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
}

/** The unit's on-call workers: who may be named as having handled a call. */
export function onCallWorkersOf(db: Db, unitId: string) {
  return db
    .selectFrom('membership as ms')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .select(['s.id', 's.given_name as givenName', 's.family_name as familyName'])
    .where('ms.unit_id', '=', unitId)
    .where('ms.role', '=', 'on_call_worker')
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
}

const callColumns = (db: Db) =>
  db
    .selectFrom('on_call_call as c')
    .innerJoin('municipality as m', 'm.id', 'c.municipality_id')
    .leftJoin('staff as t', 't.id', 'c.taken_over_by_staff_id')
    .select([
      'c.id',
      'c.unit_id',
      'c.municipality_id',
      'm.name as municipality_name',
      'm.country_code',
      'c.received_at',
      'c.caller',
      'c.category',
      'c.responses',
      'c.placement',
      'c.placement_made_at',
      'c.minutes_spent',
      'c.summary',
      'c.follow_up',
      'c.child_id',
      'c.taken_over_at',
      'c.taken_over_by_staff_id',
      't.given_name as taker_given_name',
      't.family_name as taker_family_name',
      'c.version',
    ]);

export type CallRow = Awaited<ReturnType<ReturnType<typeof callColumns>['executeTakeFirstOrThrow']>>;

export function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  return callColumns(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findCallIdByKey(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('on_call_call').select('id').where('idempotency_key', '=', key).executeTakeFirst())?.id;
}

export function listCallsOfUnit(db: Db, unitId: string, window: { from: Date; to: Date }): Promise<CallRow[]> {
  return callColumns(db)
    .where('c.unit_id', '=', unitId)
    .where('c.received_at', '>=', window.from)
    .where('c.received_at', '<', window.to)
    .orderBy('c.received_at')
    .execute();
}

/**
 * A handover's calls: those about the municipality needing follow-up received in the window,
 * and every other one received until `now` that nobody has taken over yet.
 */
export function listHandoverOf(db: Db, municipalityId: string, window: { from: Date; to: Date }, now: Date): Promise<CallRow[]> {
  return callColumns(db)
    .where('c.municipality_id', '=', municipalityId)
    .where('c.follow_up', '=', true)
    .where((eb) =>
      eb.or([
        eb.and([eb('c.received_at', '>=', window.from), eb('c.received_at', '<', window.to)]),
        eb.and([eb('c.taken_over_at', 'is', null), eb('c.received_at', '<', now)]),
      ]),
    )
    .orderBy('c.received_at')
    .execute();
}

export async function workersOf(db: Db, callIds: string[]) {
  if (callIds.length === 0) return [];
  return db
    .selectFrom('on_call_call_worker as w')
    .innerJoin('staff as s', 's.id', 'w.staff_id')
    .select(['w.call_id as callId', 's.id', 's.given_name as givenName', 's.family_name as familyName'])
    .where('w.call_id', 'in', callIds)
    .orderBy('s.family_name')
    .execute();
}

export async function insertCall(db: Db, row: Omit<Insertable<OnCallCallTable>, 'responses'> & { id: string; responses: string[] }, workerIds: string[]) {
  await db
    .insertInto('on_call_call')
    .values({ ...row, responses: sql`${`{${row.responses.join(',')}}`}::text[]` as never })
    .execute();
  if (workerIds.length > 0) {
    await db.insertInto('on_call_call_worker').values(workerIds.map((staff_id) => ({ call_id: row.id, staff_id }))).execute();
  }
}

/** Marks a call taken over, if it still has the version the taker read; answers whether it did. */
export async function markTakenOver(db: Db, id: string, staffId: string, version: number, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('on_call_call')
    .set({ taken_over_at: at, taken_over_by_staff_id: staffId, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('taken_over_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The child with the identity number, written with or without spaces and hyphens. */
export async function findChildByNationalId(db: Db, nationalId: string): Promise<{ id: string } | undefined> {
  const normalised = nationalId.replace(/[\s-]/g, '');
  return db
    .selectFrom('child')
    .select('id')
    .where((eb) => eb.or([eb('national_id', '=', normalised), eb('national_id', '=', nationalId.trim())]))
    .executeTakeFirst();
}

/** Links the child, if the call still has the version the worker read; answers whether it did. */
export async function setChild(db: Db, id: string, childId: string, version: number): Promise<boolean> {
  const result = await db
    .updateTable('on_call_call')
    .set({ child_id: childId, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** What the service's figures are counted from: no summary, caller or child, only when, what came of it and who. */
export async function callFactsOfUnit(db: Db, unitId: string, window: { from: Date; to: Date }): Promise<CallFacts[]> {
  const calls = await db
    .selectFrom('on_call_call')
    .select(['id', 'received_at', 'placement', 'minutes_spent'])
    .where('unit_id', '=', unitId)
    .where('received_at', '>=', window.from)
    .where('received_at', '<', window.to)
    .execute();
  const workers = calls.length === 0 ? [] : await db.selectFrom('on_call_call_worker').select(['call_id', 'staff_id']).where('call_id', 'in', calls.map((c) => c.id)).execute();
  const byCall = new Map<string, string[]>();
  for (const { call_id, staff_id } of workers) byCall.set(call_id, [...(byCall.get(call_id) ?? []), staff_id]);
  return calls.map((call) => ({
    receivedAt: new Date(call.received_at),
    placement: call.placement,
    minutesSpent: call.minutes_spent,
    workerIds: byCall.get(call.id) ?? [],
  }));
}

export async function unitName(db: Db, unitId: string): Promise<string> {
  return (await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name;
}

/** The noon message of a handover morning, queued once per municipality and morning. */
export async function insertNoonNotice(trx: Trx, municipalityId: string, handoverDate: string, dueAt: Date): Promise<void> {
  await trx
    .insertInto('on_call_noon_notice')
    .values({ municipality_id: municipalityId, handover_date: handoverDate, due_at: dueAt })
    .onConflict((oc) => oc.columns(['municipality_id', 'handover_date']).doNothing())
    .execute();
}

/** One due, unsent noon message, locked FOR UPDATE SKIP LOCKED; never one of `leftIds`. */
export function claimDueNoonNotice(trx: Trx, now: Date, leftIds: readonly string[]) {
  let claim = trx
    .selectFrom('on_call_noon_notice')
    .select(['id', 'municipality_id', 'handover_date'])
    .where('sent_at', 'is', null)
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked();
  if (leftIds.length > 0) claim = claim.where('id', 'not in', leftIds);
  return claim.executeTakeFirst();
}

export async function markNoonNoticeSent(trx: Trx, id: string, now: Date): Promise<void> {
  await trx.updateTable('on_call_noon_notice').set({ sent_at: now }).where('id', '=', id).execute();
}

/** The municipality's country and language, for a mail to its leaders. */
export function mailPlaceOfMunicipality(trx: Trx, municipalityId: string) {
  return trx
    .selectFrom('municipality as m')
    .innerJoin('country as c', 'c.code', 'm.country_code')
    .select(['m.country_code as country', 'm.default_locale as own', 'c.default_locale as countryLocale'])
    .where('m.id', '=', municipalityId)
    .executeTakeFirstOrThrow();
}

/** How many calls needing follow-up, received before `before` and before now, no one has taken over. */
export async function countCallsWaiting(trx: Trx, municipalityId: string, before: Date, now: Date): Promise<number> {
  const waiting = await trx
    .selectFrom('on_call_call')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('municipality_id', '=', municipalityId)
    .where('follow_up', '=', true)
    .where('taken_over_at', 'is', null)
    .where('received_at', '<', before)
    .where('received_at', '<', now)
    .executeTakeFirstOrThrow();
  return Number(waiting.count);
}

/** The municipality's leaders with an e-mail address, and a unit of theirs for the link. */
export function leadersToMail(trx: Trx, municipalityId: string) {
  return trx
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .select(['s.email', 'u.id as unitId'])
    .where('u.municipality_id', '=', municipalityId)
    .where('ms.role', '=', 'leader')
    .where('s.email', 'is not', null)
    .orderBy('s.email')
    .execute();
}
