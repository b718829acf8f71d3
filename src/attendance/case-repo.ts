/** The queries of follow-up cases. Only reached through case-service.ts, behind the policy. */
import type { Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { AttendanceCaseStepTable, AttendanceCaseTable, AttendanceContactTable, AttendanceLetterTable } from './case-tables.ts';

export async function findFlag(trx: Db, flagId: string) {
  return trx.selectFrom('attendance_flag').select(['unit_id', 'child_id', 'municipality_id', 'case_id']).where('id', '=', flagId).executeTakeFirst();
}

/** The case's school and pupil: where it sits for the policy, whom it concerns for the audit. */
export async function findCasePlace(trx: Db, caseId: string) {
  return trx.selectFrom('attendance_case').select(['unit_id', 'child_id']).where('id', '=', caseId).executeTakeFirst();
}

export async function findOpenCaseId(trx: Db, childId: string, unitId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('attendance_case').select('id').where('child_id', '=', childId).where('unit_id', '=', unitId).where('closed_at', 'is', null).executeTakeFirst();
  return row?.id;
}

export async function insertCase(trx: Db, values: Insertable<AttendanceCaseTable>): Promise<void> {
  await trx.insertInto('attendance_case').values(values).execute();
}

/** Links the flag to the case, unless it already belongs to one. */
export async function linkFlag(trx: Db, flagId: string, caseId: string): Promise<void> {
  await trx.updateTable('attendance_flag').set({ case_id: caseId }).where('id', '=', flagId).where('case_id', 'is', null).execute();
}

/** Whether the person leads the school: the one who may coordinate a case there (attendance.follow_up). */
export async function leadsUnit(trx: Db, staffId: string, unitId: string): Promise<boolean> {
  const row = await trx.selectFrom('membership').select('staff_id').where('staff_id', '=', staffId).where('unit_id', '=', unitId).where('role', '=', 'unit_leader').executeTakeFirst();
  return row !== undefined;
}

/** Whether the person works at the school in any role: who may own a step. */
export async function worksAtUnit(trx: Db, staffId: string, unitId: string): Promise<boolean> {
  const row = await trx.selectFrom('membership').select('staff_id').where('staff_id', '=', staffId).where('unit_id', '=', unitId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Everyone working at the school, once each, with whether they lead it: who may own a step
 * (worksAtUnit) and who may coordinate (leadsUnit), by name.
 */
export async function listUnitPeople(trx: Db, unitId: string) {
  const rows = await trx
    .selectFrom('membership as ms')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .select(['s.id', 's.given_name', 's.family_name', 'ms.role'])
    .where('ms.unit_id', '=', unitId)
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .orderBy('s.id')
    .execute();
  const people = new Map<string, { id: string; given_name: string; family_name: string; leads: boolean }>();
  for (const row of rows) {
    const known = people.get(row.id);
    const leads = row.role === 'unit_leader';
    if (known) known.leads ||= leads;
    else people.set(row.id, { id: row.id, given_name: row.given_name, family_name: row.family_name, leads });
  }
  return [...people.values()];
}

/** Hands the case to another coordinator. */
export async function setCoordinator(trx: Db, caseId: string, coordinatorId: string): Promise<void> {
  await trx.updateTable('attendance_case').set({ coordinator_id: coordinatorId }).where('id', '=', caseId).execute();
}

export async function findCase(trx: Db, caseId: string) {
  return trx
    .selectFrom('attendance_case as k')
    .innerJoin('child as c', 'c.id', 'k.child_id')
    .leftJoin('enrolment as e', (join) => join.onRef('e.child_id', '=', 'k.child_id').onRef('e.unit_id', '=', 'k.unit_id'))
    .leftJoin('staff as s', 's.id', 'k.coordinator_id')
    .innerJoin('unit as u', 'u.id', 'k.unit_id')
    .select([
      'u.name as unit_name',
      'k.id',
      'k.unit_id',
      'k.child_id',
      'c.given_name',
      'c.family_name',
      'e.group_name',
      'k.coordinator_id',
      's.given_name as coordinator_given_name',
      's.family_name as coordinator_family_name',
      'k.opened_at',
      'k.closed_at',
      'k.close_reason',
      'k.close_note',
      'k.version',
      'k.municipality_id',
      'c.birth_date',
      'k.report_id',
      'k.report_key',
      'k.consultation_id',
      'k.consultation_key',
      'k.parents_heard_on',
      'k.pupil_heard_on',
    ])
    .where('k.id', '=', caseId)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export function listSteps(trx: Db, caseId: string) {
  return trx
    .selectFrom('attendance_case_step as p')
    .leftJoin('staff as s', 's.id', 'p.owner_id')
    .select(['p.id', 'p.kind', 'p.what', 'p.owner_id', 's.given_name', 's.family_name', 'p.due_on', 'p.review_on', 'p.done_at'])
    .where('p.case_id', '=', caseId)
    .orderBy('p.due_on')
    .orderBy('p.created_at')
    .execute();
}

export function listContacts(trx: Db, caseId: string) {
  return trx
    .selectFrom('attendance_contact as a')
    .leftJoin('staff as s', 's.id', 'a.by_staff_id')
    .select(['a.id', 'a.contacted_on', 'a.by_staff_id', 's.given_name', 's.family_name', 'a.with_whom', 'a.how', 'a.outcome', 'a.agreed'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.contacted_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
}

/** The first day the case's flags look at: where its days away are counted from. */
export async function firstWindowDay(trx: Db, caseId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('attendance_flag').select((eb) => eb.fn.min('window_from').as('first')).where('case_id', '=', caseId).executeTakeFirst();
  return row?.first ?? undefined;
}

/** Whole days away (lesson 0 rows) from `from` to `to`, whatever the kind. */
export async function countAbsentDays(trx: Db, childId: string, from: string, to: string): Promise<number> {
  const row = await trx
    .selectFrom('absence')
    .select((eb) => eb.fn.count<string>('date').distinct().as('days'))
    .where('child_id', '=', childId)
    .where('lesson', '=', 0)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .executeTakeFirst();
  return Number(row?.days ?? 0);
}

/** Moves an open case on from the version read; false when someone changed it since, or it is closed. */
export async function bumpVersion(trx: Db, caseId: string, readVersion: number): Promise<boolean> {
  const result = await trx
    .updateTable('attendance_case')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', caseId)
    .where('version', '=', readVersion)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findStepByKey(trx: Db, key: string) {
  return trx.selectFrom('attendance_case_step').select(['id', 'case_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function insertStep(trx: Db, values: Insertable<AttendanceCaseStepTable>): Promise<void> {
  await trx.insertInto('attendance_case_step').values(values).execute();
}

export async function findStepCase(trx: Db, stepId: string): Promise<string | undefined> {
  return (await trx.selectFrom('attendance_case_step').select('case_id').where('id', '=', stepId).executeTakeFirst())?.case_id;
}

export async function markStepDone(trx: Db, stepId: string, at: Date): Promise<void> {
  await trx.updateTable('attendance_case_step').set({ done_at: at }).where('id', '=', stepId).where('done_at', 'is', null).execute();
}

export async function hasStepOfKind(trx: Db, caseId: string, kind: AttendanceCaseStepTable['kind']): Promise<boolean> {
  return (await trx.selectFrom('attendance_case_step').select('id').where('case_id', '=', caseId).where('kind', '=', kind).executeTakeFirst()) !== undefined;
}

export async function findContactByKey(trx: Db, key: string) {
  return trx.selectFrom('attendance_contact').select(['id', 'case_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function insertContact(trx: Db, values: Insertable<AttendanceContactTable>): Promise<void> {
  await trx.insertInto('attendance_contact').values(values).execute();
}

/** Closes the case with its reason; its open flags are handled with it. */
export async function closeCase(trx: Db, caseId: string, change: { closed_at: Date; closed_by: string; close_reason: AttendanceCaseTable['close_reason']; close_note: string | null }): Promise<void> {
  await trx.updateTable('attendance_case').set(change).where('id', '=', caseId).execute();
  await trx
    .updateTable('attendance_flag')
    .set({ status: 'handled', handled_at: change.closed_at, handled_by: change.closed_by })
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .execute();
}

/** The pupil as the register has them: what a report carries over when ticked. */
export async function findPupil(trx: Db, childId: string) {
  return trx.selectFrom('child').select(['national_id', 'given_name', 'family_name']).where('id', '=', childId).executeTakeFirstOrThrow();
}

/** The municipality's guideline: what its stages ask for, and what its percent rule counts. */
export async function findGuideline(trx: Db, municipalityId: string) {
  const row = await trx.selectFrom('attendance_guideline').select('guideline').where('municipality_id', '=', municipalityId).executeTakeFirst();
  return row?.guideline;
}

/** The pupil's absence from `from` to `to`, every kind, at any school (lesson 0 is the whole day). */
export async function listAbsences(trx: Db, childId: string, from: string, to: string) {
  const rows = await trx
    .selectFrom('absence')
    .select(['date', 'lesson', 'minutes', 'kind'])
    .where('child_id', '=', childId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  return rows.map((row) => ({ date: row.date, wholeDay: row.lesson === 0, minutes: row.minutes, kind: row.kind }));
}

/** Links the concern report started from the case, with the key of the form that started it. */
export async function linkReport(trx: Db, caseId: string, reportId: string, key: string): Promise<void> {
  await trx.updateTable('attendance_case').set({ report_id: reportId, report_key: key }).where('id', '=', caseId).execute();
}

/** Links the consultation recorded from the case, with the key of the form that recorded it. */
export async function linkConsultation(trx: Db, caseId: string, consultationId: string, key: string): Promise<void> {
  await trx.updateTable('attendance_case').set({ consultation_id: consultationId, consultation_key: key }).where('id', '=', caseId).execute();
}

export async function saveHearing(trx: Db, caseId: string, heard: { parents_heard_on: string | null; pupil_heard_on: string | null }): Promise<void> {
  await trx.updateTable('attendance_case').set(heard).where('id', '=', caseId).execute();
}

export async function findLetterByKey(trx: Db, key: string) {
  return trx.selectFrom('attendance_letter').select(['id', 'case_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export async function insertLetter(trx: Db, values: Insertable<AttendanceLetterTable>): Promise<void> {
  await trx.insertInto('attendance_letter').values(values).execute();
}

export function listLetters(trx: Db, caseId: string) {
  return trx
    .selectFrom('attendance_letter as l')
    .leftJoin('staff as s', 's.id', 'l.sent_by')
    .select(['l.id', 'l.kind', 'l.body', 'l.sent_on', 'l.sent_to', 'l.sent_by', 's.given_name', 's.family_name'])
    .where('l.case_id', '=', caseId)
    .orderBy('l.sent_on', 'desc')
    .orderBy('l.created_at', 'desc')
    .execute();
}
