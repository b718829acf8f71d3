/** Queries for concern reports, the phone numbers of services, and the register look-ups routing needs. */
import { sql, type Updateable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode, Locale, Tables } from '../kernel/db/tables.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';
import type { ReportContent } from './content-schema.ts';
import type { ConclusionKind, DecisionKind } from './domain/feedback.ts';
import { clock } from '../time/clock.ts';

export { locateUnit } from '../kernel/policy/locate.ts';

const reportColumns = (db: Db) =>
  db
    .selectFrom('concern_report as r')
    .innerJoin('unit as ru', 'ru.id', 'r.reporter_unit_id')
    .innerJoin('staff as rs', 'rs.id', 'r.reporter_staff_id')
    .leftJoin('municipality as m', 'm.id', 'r.municipality_id')
    .leftJoin('municipality as fm', 'fm.id', 'r.routed_from_municipality_id')
    .selectAll('r')
    .select([
      'ru.name as reporter_unit_name',
      sql<string>`rs.given_name || ' ' || rs.family_name`.as('reporter_name'),
      'm.country_code',
      'fm.name as routed_from_name',
    ]);

export type ReportRow = Awaited<ReturnType<typeof findReport>> & {};

export function findReport(db: Db, id: string) {
  return reportColumns(db).where('r.id', '=', id).executeTakeFirst();
}

/**
 * Where a report sits as its writer's own: their unit, with them as its owner, so the decision
 * denies (and audits) anyone else. `status` lets the work refuse a sent report a draft's route.
 */
export async function locateReportOfWriter(db: Db, id: string): Promise<(UnitScope & { status: ReportRow['status'] }) | undefined> {
  const row = await db.selectFrom('concern_report').select(['reporter_unit_id', 'reporter_staff_id', 'status']).where('id', '=', id).executeTakeFirst();
  const unit = row && (await locateUnit(db, row.reporter_unit_id));
  return unit && { ...unit, ownerStaffId: row.reporter_staff_id, status: row.status };
}

/** A received report sits in the municipality whose intake queue it landed in. */
export async function locateReceived(db: Db, id: string): Promise<ResourceScope | undefined> {
  const row = await db
    .selectFrom('concern_report')
    .select('municipality_id')
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return row?.municipality_id ? { municipalityId: row.municipality_id, unitIds: [], districtIds: [] } : undefined;
}

export function findReportByCreateKey(db: Db, key: string) {
  return reportColumns(db).where('r.create_key', '=', key).executeTakeFirst();
}

export function findReportBySubmitKey(db: Db, key: string) {
  return reportColumns(db).where('r.submit_key', '=', key).executeTakeFirst();
}

export async function insertDraft(
  db: Db,
  values: { id: string; reporterStaffId: string; reporterUnitId: string; content: ReportContent; createKey: string | null; fromConsultationId?: string },
): Promise<string> {
  const row = await db
    .insertInto('concern_report')
    .values({
      id: values.id,
      reporter_staff_id: values.reporterStaffId,
      reporter_unit_id: values.reporterUnitId,
      content: JSON.stringify(values.content),
      create_key: values.createKey,
      from_consultation_id: values.fromConsultationId ?? null,
      created_at: clock.now(),
      updated_at: clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves the draft when it is still at `version`; false when someone (another tab) saved first. */
export async function saveDraft(db: Db, id: string, version: number, content: ReportContent): Promise<boolean> {
  const result = await db
    .updateTable('concern_report')
    .set({ content: JSON.stringify(content), version: sql`version + 1`, updated_at: clock.now() })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markSubmitted(
  db: Db,
  id: string,
  version: number,
  values: {
    municipalityId: string;
    routedFromMunicipalityId: string | null;
    childId: string | null;
    outsideReporterUnits: boolean;
    locale: Locale;
    submitKey: string;
    receivedAt: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('concern_report')
    .set({
      status: 'submitted',
      version: sql`version + 1`,
      updated_at: values.receivedAt,
      municipality_id: values.municipalityId,
      routed_from_municipality_id: values.routedFromMunicipalityId,
      child_id: values.childId,
      outside_reporter_units: values.outsideReporterUnits,
      reporter_locale: values.locale,
      submit_key: values.submitKey,
      received_at: values.receivedAt,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records intake's decision, once: false when the version is stale or a decision already stands. */
export function recordDecision(
  db: Db,
  id: string,
  version: number,
  values: { kind: DecisionKind; reason: string; staffId: string; at: Date },
): Promise<boolean> {
  const decision = { decision: values.kind, decision_reason: values.reason, decided_by_staff_id: values.staffId, decided_at: values.at };
  return setOnce(db, id, version, 'decision', decision, values.at);
}

/** Records the investigation's extension, once: false when the version is stale or it was already extended. */
export function recordExtension(db: Db, id: string, version: number, reason: string, at: Date): Promise<boolean> {
  return setOnce(db, id, version, 'extension_reason', { extension_reason: reason, extended_at: at }, at);
}

/** Records the investigation's conclusion, once: false when the version is stale or a conclusion already stands. */
export function recordConclusion(
  db: Db,
  id: string,
  version: number,
  values: { kind: ConclusionKind; concludedOn: string; staffId: string; at: Date },
): Promise<boolean> {
  const conclusion = { conclusion: values.kind, concluded_on: values.concludedOn, concluded_at: values.at, concluded_by_staff_id: values.staffId };
  return setOnce(db, id, version, 'conclusion', conclusion, values.at);
}

/**
 * A step of a received report that is taken once (a decision, an extension, a conclusion):
 * written only while `unset` is still empty and the report is at the `version` the writer
 * read (optimistic lock), bumping the version. False when someone else got there first.
 */
async function setOnce(
  db: Db,
  id: string,
  version: number,
  unset: 'decision' | 'extension_reason' | 'conclusion',
  values: Updateable<Tables['concern_report']>,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('concern_report')
    .set({ ...values, version: sql`version + 1`, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .where(unset, 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the caller's own draft; false when it is not theirs, not a draft, or gone. */
export async function deleteDraft(db: Db, id: string, staffId: string): Promise<boolean> {
  const result = await db.deleteFrom('concern_report').where('id', '=', id).where('reporter_staff_id', '=', staffId).where('status', '=', 'draft').executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The numbers the municipality's administrator set for the acute advice, if any. */
export function findServiceNumbers(db: Db, municipalityId: string) {
  return db
    .selectFrom('municipality_service_number')
    .select(['child_welfare_phone', 'on_call_phone'])
    .where('municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function saveServiceNumbers(db: Db, municipalityId: string, values: { childWelfarePhone: string | null; onCallPhone: string | null; staffId: string; at: Date }) {
  const row = { child_welfare_phone: values.childWelfarePhone, on_call_phone: values.onCallPhone, updated_at: values.at, updated_by_staff_id: values.staffId };
  await db
    .insertInto('municipality_service_number')
    .values({ municipality_id: municipalityId, ...row })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet(row))
    .execute();
}

export function listByReporter(db: Db, staffId: string) {
  return reportColumns(db).where('r.reporter_staff_id', '=', staffId).orderBy('r.updated_at', 'desc').execute();
}

export function listReceived(db: Db, municipalityId: string) {
  return reportColumns(db)
    .where('r.municipality_id', '=', municipalityId)
    .where('r.status', '=', 'submitted')
    .orderBy('r.received_at')
    .execute();
}

/** Reports received per reporting unit in [from, to) for the municipality's intake. */
export function countReceivedByUnit(db: Db, municipalityId: string, from: Date, to: Date) {
  return db
    .selectFrom('concern_report as r')
    .innerJoin('unit as u', 'u.id', 'r.reporter_unit_id')
    .select(['u.id as unit_id', 'u.name as unit_name', sql<number>`count(*)::int`.as('n')])
    .where('r.municipality_id', '=', municipalityId)
    .where('r.status', '=', 'submitted')
    .where('r.received_at', '>=', from)
    .where('r.received_at', '<', to)
    .groupBy(['u.id', 'u.name'])
    .orderBy('u.name')
    .execute();
}

export function findStaff(db: Db, staffId: string) {
  return db.selectFrom('staff').select(['given_name', 'family_name', 'email', 'phone']).where('id', '=', staffId).executeTakeFirstOrThrow();
}

export function findUnitName(db: Db, unitId: string) {
  return db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow();
}

export function findMunicipality(db: Db, id: string): Promise<{ id: string; code: string; name: string; country_code: CountryCode } | undefined> {
  return db.selectFrom('municipality').select(['id', 'code', 'name', 'country_code']).where('id', '=', id).executeTakeFirst();
}

/** The register child with this id or identity number, with the units they are enrolled in. */
export async function findRegisterChild(db: Db, by: { childId: string } | { nationalId: string }) {
  const child = await db
    .selectFrom('child')
    .select(['id', 'municipality_id'])
    .$call((q) => ('childId' in by ? q.where('id', '=', by.childId) : q.where('national_id', '=', by.nationalId)))
    .executeTakeFirst();
  if (!child) return undefined;
  const units = await db.selectFrom('enrolment').select('unit_id').where('child_id', '=', child.id).execute();
  return { id: child.id, municipalityId: child.municipality_id, unitIds: units.map((u) => u.unit_id) };
}

/** The municipality's child welfare services and the on-call services of its cooperations, with phones. */
export function listServicePhones(db: Db, municipalityId: string) {
  return db
    .selectFrom('unit as u')
    .leftJoin('service_phone as p', 'p.unit_id', 'u.id')
    .select(['u.kind', 'u.name', 'p.phone'])
    .where((eb) =>
      eb.or([
        eb.and([eb('u.kind', '=', 'child_welfare'), eb('u.municipality_id', '=', municipalityId)]),
        eb.and([
          eb('u.kind', '=', 'on_call_service'),
          eb(
            'u.cooperation_id',
            'in',
            eb.selectFrom('cooperation_member').select('cooperation_id').where('municipality_id', '=', municipalityId),
          ),
        ]),
      ]),
    )
    .orderBy('u.kind')
    .orderBy('u.name')
    .execute();
}

/** The register child a report is about: known once it was sent and matched to the register, else null. */
export async function childOfReport(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('concern_report').select('child_id').where('id', '=', id).executeTakeFirst();
  return row?.child_id ?? null;
}

/** The sent reports about a child in the register, for the chronology: when, from which unit, into which queue, and the decision. */
export function listSentReportsAboutChild(db: Db, childId: string) {
  return db
    .selectFrom('concern_report as r')
    .innerJoin('unit as u', 'u.id', 'r.reporter_unit_id')
    .innerJoin('municipality as m', 'm.id', 'r.municipality_id')
    .select(['r.id', 'r.received_at', 'r.reporter_unit_id', 'u.name as unit_name', 'r.municipality_id', 'm.country_code', 'r.decision', 'r.decided_at'])
    .where('r.child_id', '=', childId)
    .where('r.status', '=', 'submitted')
    .execute();
}

/** The child a consented consultation names, as carried into a draft from it. */
export function findChildToCarry(db: Db, childId: string) {
  return db.selectFrom('child').select(['national_id', 'given_name', 'family_name']).where('id', '=', childId).executeTakeFirst();
}
