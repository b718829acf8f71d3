/** Queries for consultations, their follow-ups and a child's consents. Only reached through service.ts, behind the policy. */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import type { ConsentTerms } from './domain/consent.ts';
import type { ConsultationTable } from './tables.ts';
import type { Insertable } from 'kysely';
import { clock } from '../time/clock.ts';

export { locateUnit } from '../kernel/policy/locate.ts';
export { locateChild } from '../kernel/policy/locate.ts';

/** A consultation sits at its unit, whoever it is about. */
export async function locateConsultation(db: Db, id: string): Promise<ResourceScope | undefined> {
  const row = await db
    .selectFrom('consultation as c')
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .select(['u.id', 'u.municipality_id', 'u.district_id'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  return row && { municipalityId: row.municipality_id, unitIds: [row.id], districtIds: row.district_id ? [row.district_id] : [] };
}

/** A consent sits where its child does. */
export async function locateConsent(db: Db, id: string, locateChild: (db: Db, childId: string) => Promise<ResourceScope | undefined>) {
  const row = await db.selectFrom('consent').select('child_id').where('id', '=', id).executeTakeFirst();
  return row ? locateChild(db, row.child_id) : undefined;
}

const consultationColumns = (db: Db) =>
  db
    .selectFrom('consultation as c')
    .leftJoin('child as ch', 'ch.id', 'c.child_id')
    .leftJoin('consent as co', 'co.id', 'c.consent_id')
    .leftJoin('staff as r', 'r.id', 'c.recorded_by_staff_id')
    .select([
      'c.id',
      'c.unit_id',
      'c.mode',
      'c.child_id',
      'ch.given_name as child_given_name',
      'ch.family_name as child_family_name',
      'c.group_label',
      'c.category',
      'c.description',
      'c.advice',
      'c.outcome',
      'c.held_on',
      'c.school_year',
      'c.recorded_by_staff_id',
      'r.given_name as recorder_given_name',
      'r.family_name as recorder_family_name',
      'c.version',
      'c.idempotency_key',
      'co.given_on as consent_given_on',
      'co.expires_on as consent_expires_on',
      'co.withdrawn_on as consent_withdrawn_on',
      'co.scopes as consent_scopes',
    ]);

export type ConsultationRow = Awaited<ReturnType<ReturnType<typeof consultationColumns>['executeTakeFirstOrThrow']>>;

export function findConsultation(db: Db, id: string): Promise<ConsultationRow | undefined> {
  return consultationColumns(db).where('c.id', '=', id).executeTakeFirst();
}

export function findConsultationByKey(db: Db, key: string): Promise<ConsultationRow | undefined> {
  return consultationColumns(db).where('c.idempotency_key', '=', key).executeTakeFirst();
}

export function listConsultationsOfUnit(db: Db, unitId: string): Promise<ConsultationRow[]> {
  return consultationColumns(db).where('c.unit_id', '=', unitId).orderBy('c.held_on', 'desc').orderBy('c.created_at', 'desc').execute();
}

export function listConsultationsOfChild(db: Db, childId: string) {
  return consultationColumns(db)
    .innerJoin('unit as u', 'u.id', 'c.unit_id')
    .select(['u.name as unit_name'])
    .where('c.child_id', '=', childId)
    .execute();
}

export function listFollowUps(db: Db, consultationIds: string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('consultation_follow_up as f')
    .innerJoin('staff as s', 's.id', 'f.owner_staff_id')
    .select(['f.consultation_id', 'f.text', 'f.due_on', 's.id as owner_id', 's.given_name', 's.family_name'])
    .where('f.consultation_id', 'in', consultationIds)
    .orderBy('f.position')
    .execute();
}

export type FollowUpRow = Awaited<ReturnType<typeof listFollowUps>>[number];

/** The concern reports started from these consultations: when, and when sent. */
export function listReportsFromConsultations(db: Db, consultationIds: string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('concern_report')
    .select(['from_consultation_id', 'created_at', 'received_at'])
    .where('from_consultation_id', 'in', consultationIds)
    .orderBy('created_at')
    .execute();
}

/** The concern reports started from the child's consultations. */
export function listReportsFromConsultationsOfChild(db: Db, childId: string) {
  return db
    .selectFrom('concern_report as r')
    .innerJoin('consultation as c', 'c.id', 'r.from_consultation_id')
    .select(['c.id as consultation_id', 'c.held_on', 'r.created_at', 'r.received_at'])
    .where('c.child_id', '=', childId)
    .execute();
}

export type ReportFromConsultationRow = Awaited<ReturnType<typeof listReportsFromConsultations>>[number];

export async function insertConsultation(trx: Trx, row: Insertable<ConsultationTable> & { id: string }): Promise<void> {
  await trx.insertInto('consultation').values({ created_at: clock.now(), updated_at: clock.now(), ...row }).execute();
}

/** Bumps the version only when it is still `version`; returns whether it was. */
export async function updateConsultation(
  trx: Trx,
  id: string,
  version: number,
  fields: Pick<ConsultationTable, 'category' | 'held_on' | 'school_year' | 'description' | 'advice' | 'outcome'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('consultation')
    .set({ ...fields, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceFollowUps(trx: Trx, consultationId: string, followUps: { text: string; ownerStaffId: string; dueOn: string }[]) {
  await trx.deleteFrom('consultation_follow_up').where('consultation_id', '=', consultationId).execute();
  if (followUps.length === 0) return;
  await trx
    .insertInto('consultation_follow_up')
    .values(followUps.map((f, position) => ({ consultation_id: consultationId, text: f.text, owner_staff_id: f.ownerStaffId, due_on: f.dueOn, position })))
    .execute();
}

/** The staff who may own a follow-up: anyone working at the unit, the network contacts included. */
export async function staffOfUnit(db: Db, unitId: string, staffIds: string[]): Promise<Set<string>> {
  if (staffIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('membership')
    .select('staff_id')
    .where('unit_id', '=', unitId)
    .where('staff_id', 'in', staffIds)
    .execute();
  return new Set(rows.map((r) => r.staff_id));
}

export async function isEnrolledAt(db: Db, childId: string, unitId: string): Promise<boolean> {
  const row = await db.selectFrom('enrolment').select('child_id').where('child_id', '=', childId).where('unit_id', '=', unitId).executeTakeFirst();
  return row !== undefined;
}

const consentColumns = (db: Db) =>
  db
    .selectFrom('consent as c')
    .innerJoin('guardian as g', 'g.id', 'c.guardian_id')
    .select(['c.id', 'c.child_id', 'c.scopes', 'c.given_on', 'c.expires_on', 'c.withdrawn_on', 'g.id as guardian_id', 'g.given_name', 'g.family_name']);

export type ConsentRow = Awaited<ReturnType<ReturnType<typeof consentColumns>['executeTakeFirstOrThrow']>>;

export function findConsent(db: Db, id: string): Promise<ConsentRow | undefined> {
  return consentColumns(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findConsentIdByKey(db: Db, key: string): Promise<{ id: string; registered_by: string; child_id: string } | undefined> {
  return db.selectFrom('consent').select(['id', 'registered_by', 'child_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export function listConsentsOfChild(db: Db, childId: string): Promise<ConsentRow[]> {
  return consentColumns(db).where('c.child_id', '=', childId).orderBy('c.given_on', 'desc').orderBy('c.created_at', 'desc').execute();
}

export async function isGuardianOf(db: Db, guardianId: string, childId: string): Promise<boolean> {
  const row = await db
    .selectFrom('child_guardian')
    .select('guardian_id')
    .where('guardian_id', '=', guardianId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Locks the child's row until the transaction ends: one consent registration at a time per child. */
export async function lockChild(trx: Trx, childId: string): Promise<void> {
  await trx.selectFrom('child').select('id').where('id', '=', childId).forUpdate().execute();
}

export async function insertConsent(
  trx: Trx,
  row: { id: string; child_id: string; guardian_id: string; scopes: string[]; given_on: string; expires_on: string; registered_by: string; idempotency_key: string },
): Promise<void> {
  await trx
    .insertInto('consent')
    .values({ ...row, scopes: sql`${`{${row.scopes.join(',')}}`}::text[]` as never })
    .execute();
}

export async function withdrawConsent(trx: Trx, id: string, on: string, by: string): Promise<void> {
  await trx.updateTable('consent').set({ withdrawn_on: on, withdrawn_by: by }).where('id', '=', id).where('withdrawn_on', 'is', null).execute();
}

export function termsOf(row: Pick<ConsentRow, 'scopes' | 'given_on' | 'expires_on' | 'withdrawn_on'>): ConsentTerms {
  return { scopes: row.scopes, givenOn: row.given_on, expiresOn: row.expires_on, withdrawnOn: row.withdrawn_on };
}

/** The terms of the consent a consultation was recorded under, or null for an anonymous or group record. */
export function consentTermsOf(row: Pick<ConsultationRow, 'consent_given_on' | 'consent_expires_on' | 'consent_withdrawn_on' | 'consent_scopes'>): ConsentTerms | null {
  if (row.consent_given_on === null || row.consent_expires_on === null || row.consent_scopes === null) return null;
  return { scopes: row.consent_scopes, givenOn: row.consent_given_on, expiresOn: row.consent_expires_on, withdrawnOn: row.consent_withdrawn_on };
}

/** The child a consultation is about: a consented one's, never an anonymous or group one's (the table refuses those). */
export async function childOfConsultation(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('consultation').select('child_id').where('id', '=', id).executeTakeFirst();
  return row?.child_id ?? null;
}

export async function childOfConsent(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('consent').select('child_id').where('id', '=', id).executeTakeFirst();
  return row?.child_id ?? null;
}

/** Where and by whom a consultation was recorded (a deleted recorder leaves null). */
export function findRecording(db: Db, id: string) {
  return db.selectFrom('consultation').select(['unit_id', 'recorded_by_staff_id', 'created_at']).where('id', '=', id).executeTakeFirst();
}

/** For the retention job: one consultation past retention, locked FOR UPDATE SKIP LOCKED. */
export function claimExpiredConsultation(trx: Trx, oldestKept: string, today: string) {
  return trx
    .selectFrom('consultation as c')
    .leftJoin('consent as co', 'co.id', 'c.consent_id')
    .select(['c.id', 'c.unit_id', 'c.school_year', 'c.mode', 'c.category', 'c.outcome'])
    .where((eb) =>
      eb.or([
        eb.and([eb('c.mode', '<>', 'consented'), eb('c.school_year', '<', oldestKept)]),
        eb.and([
          eb('c.mode', '=', 'consented'),
          eb.or([eb('co.withdrawn_on', '<=', today), eb('co.expires_on', '<', today)]),
        ]),
      ]),
    )
    .orderBy('c.held_on')
    .orderBy('c.id')
    .limit(1)
    .forUpdate('c')
    .skipLocked()
    .executeTakeFirst();
}

/** For the retention job: adds the consultation to the counts kept, and deletes it. */
export async function countAndDeleteConsultation(
  trx: Trx,
  row: { id: string; unit_id: string; school_year: string; mode: ConsultationTable['mode']; category: ConsultationTable['category']; outcome: ConsultationTable['outcome'] },
): Promise<void> {
  await trx
    .insertInto('consultation_statistic')
    .values({ unit_id: row.unit_id, school_year: row.school_year, mode: row.mode, category: row.category, outcome: row.outcome, count: 1 })
    .onConflict((oc) => oc.columns(['unit_id', 'school_year', 'mode', 'category', 'outcome']).doUpdateSet({ count: sql`consultation_statistic.count + 1` }))
    .execute();
  await trx.deleteFrom('consultation').where('id', '=', row.id).execute();
}
