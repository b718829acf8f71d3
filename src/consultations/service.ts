/**
 * Use-cases of consultations: record one at a unit (anonymous, consented or about a group),
 * list a unit's, read and edit one (optimistic locking), and a child's consents. Every read
 * and write goes through withAccess (one decision, one audit event); audit events name the
 * consultation as the record, and the child only when a consented one is about a child in the
 * register (for the access report), so an anonymous record's trail leads to no one. The rules are the pure ones in domain/.
 *
 * A refusal found inside the access transaction is returned from the work: withAccess audits
 * the attempt as refused and throws it.
 */
import { randomUUID } from 'node:crypto';
import { localDate, type IsoDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { schoolYearOf } from '../time/school-year.ts';
import { checkNewConsent, consentCovers, consentStatusOn, duplicatesConsent } from './domain/consent.ts';
import { checkConfirmation, type ConfirmationCheck } from '../anonymity/confirmation.ts';
import { checkRecordDates, type DateProblem } from './domain/record-dates.ts';
import { checkRecord, textFieldsOf, type RecordProblem } from './domain/record-rules.ts';
import * as repo from './repo.ts';
import type { Consent, ConsentList, Consultation, ConsultationList, EditConsultation, NewConsent, NewConsultation } from './schema.ts';
import { clock } from '../time/clock.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/**
 * Records a consultation at the unit. A retry with the same idempotency key by the same person
 * returns the first record (`created: false`) and records nothing new. Identifying text in an
 * anonymous or group record is refused with each finding's field and span.
 */
export async function recordConsultation(
  db: Db,
  actor: Actor,
  unitId: string,
  input: NewConsultation,
  { now = clock.now() }: Clock = {},
): Promise<{ consultation: Consultation; created: boolean }> {
  // The id of a new record. A retry is audited under the record it returns (found by its key
  // inside the door, after the decision), so the trail names no id that never existed.
  const id = randomUUID();
  let returned: string | undefined;
  const today = localDate(now);
  const confirmation = input.mode === 'consented' ? NOTHING_TO_CONFIRM : checkConfirmation(textFieldsOf(input), input.anonymityConfirmed);
  return withAccess(
    db,
    actor,
    { permission: 'consultation.record', action: 'create', resourceType: 'consultation', resourceId: id, auditedId: () => returned, childId: (trx, audited) => repo.childOfConsultation(trx, audited), purpose: confirmation.auditPurpose, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx): Promise<{ consultation: Consultation; created: boolean } | RuleViolation> => {
      const recorded = await record(trx, actor.staffId, unitId, input, { id, today, confirmation, found: (earlier) => (returned = earlier) });
      if (recorded instanceof RuleViolation) return recorded;
      returned = recorded.id;
      return { consultation: await present(trx, (await repo.findConsultation(trx, recorded.id))!, today), created: recorded.created };
    },
  );
}

/**
 * Records a consultation inside another capability's access transaction — an attendance case's,
 * which makes the one decision and writes the one event — under the same rules as
 * recordConsultation: dates, consent, the anonymity guard (its warnings confirmed or refused),
 * follow-up owners, and a retry with the same key answering the first record.
 */
export async function recordConsultationWithin(
  trx: Trx,
  staffId: string,
  unitId: string,
  input: NewConsultation,
  today: IsoDate,
): Promise<{ id: string; created: boolean; auditPurpose: string | undefined } | RuleViolation> {
  const confirmation = input.mode === 'consented' ? NOTHING_TO_CONFIRM : checkConfirmation(textFieldsOf(input), input.anonymityConfirmed);
  const recorded = await record(trx, staffId, unitId, input, { id: randomUUID(), today, confirmation });
  // The confirmed warnings, for the caller's audit event, as recordConsultation writes them in its own.
  return recorded instanceof RuleViolation ? recorded : { ...recorded, auditPurpose: confirmation.auditPurpose };
}

/** Whether the child has a consent that covers a consultation today: a consented record can then be made. */
export async function hasConsultationConsent(trx: Trx, childId: string, today: IsoDate): Promise<boolean> {
  const consents = await repo.listConsentsOfChild(trx, childId);
  return consents.some((c) => consentCovers(repo.termsOf(c), 'consultation', today));
}

/** The record's checks and insert, in the caller's access transaction; answers its id, or the first one's on a retry. */
async function record(
  trx: Trx,
  staffId: string,
  unitId: string,
  input: NewConsultation,
  { id, today, confirmation, found }: { id: string; today: IsoDate; confirmation: ConfirmationCheck; found?: (earlier: string) => void },
): Promise<{ id: string; created: boolean } | RuleViolation> {
  const earlier = await repo.findConsultationByKey(trx, input.idempotencyKey);
  // A retry is audited under the record made the first time, a refused one too (another's key).
  if (earlier) {
    found?.(earlier.id);
    return replay(earlier, staffId, unitId);
  }
  const dates = checkRecordDates(input, { today, editing: false });
  if (dates.length > 0) return invalidDates(dates);

  let consentId: string | null = null;
  if (input.mode === 'consented' && input.childId !== null) {
    if (!(await repo.isEnrolledAt(trx, input.childId, unitId))) return invalid('childId', 'not_at_unit');
    const consents = await repo.listConsentsOfChild(trx, input.childId);
    consentId = consents.find((c) => consentCovers(repo.termsOf(c), 'consultation', today))?.id ?? null;
  }
  const consent = consentId === null ? null : repo.termsOf((await repo.findConsent(trx, consentId))!);
  const names = await registerNamesOfUnit(trx, unitId);
  const problem = checkRecord(
    { mode: input.mode, childId: input.childId, groupLabel: input.groupLabel, description: input.description, advice: input.advice, followUps: input.followUps },
    { names, consent, today },
  );
  if (problem) return refusalOf(problem, confirmation);
  if (confirmation.refusal) return confirmation.refusal;
  const owners = await checkOwners(trx, unitId, input.followUps);
  if (owners) return owners;

  const inserted = await insertIdempotent(trx, {
    insert: () =>
      repo.insertConsultation(trx, {
        id,
        unit_id: unitId,
        mode: input.mode,
        child_id: input.mode === 'consented' ? input.childId : null,
        consent_id: consentId,
        group_label: input.mode === 'group' ? input.groupLabel : null,
        category: input.category,
        description: input.description,
        advice: input.advice,
        outcome: input.outcome,
        held_on: input.heldOn,
        school_year: schoolYearOf(input.heldOn),
        recorded_by_staff_id: staffId,
        idempotency_key: input.idempotencyKey,
      }),
    findWinner: () => repo.findConsultationByKey(trx, input.idempotencyKey),
  });
  // A concurrent retry of this very request won the race: answer with its record.
  if (!inserted.created) {
    found?.(inserted.winner.id);
    return replay(inserted.winner, staffId, unitId);
  }
  await repo.replaceFollowUps(trx, id, input.followUps);
  return { id, created: true };
}

/** A unit's consultations, newest first. Anonymous and group records name no child. */
export function listConsultations(db: Db, actor: Actor, unitId: string, { now = clock.now() }: Clock = {}): Promise<ConsultationList> {
  return withAccess(
    db,
    actor,
    { permission: 'consultation.read', action: 'read', resourceType: 'consultations', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const rows = await repo.listConsultationsOfUnit(trx, unitId);
      const ids = rows.map((r) => r.id);
      const [followUps, reports] = await Promise.all([repo.listFollowUps(trx, ids), repo.listReportsFromConsultations(trx, ids)]);
      return { consultations: rows.map((row) => toConsultation(row, followUps, reports, localDate(now))) };
    },
  );
}

export function readConsultation(db: Db, actor: Actor, id: string, { now = clock.now() }: Clock = {}): Promise<Consultation> {
  return withAccess(
    db,
    actor,
    { permission: 'consultation.read', action: 'read', resourceType: 'consultation', resourceId: id, childId: (trx) => repo.childOfConsultation(trx, id), locate: (trx) => repo.locateConsultation(trx, id) },
    async (trx) => present(trx, (await repo.findConsultation(trx, id))!, localDate(now)),
  );
}

/**
 * Edits a record's content (not its mode, child or group). The editor names the version they
 * read; a record changed since answers 409 conflict. A consented record can no longer be
 * edited once its consent has ended; anonymous text is checked by the guard again.
 */
export async function editConsultation(db: Db, actor: Actor, id: string, input: EditConsultation, { now = clock.now() }: Clock = {}): Promise<Consultation> {
  const today = localDate(now);
  const texts = { description: input.description, advice: input.advice, followUps: input.followUps };
  // Known once the record is read: an anonymous or group record's confirmed warnings, with its group label.
  let confirmation = NOTHING_TO_CONFIRM;
  return withAccess(
    db,
    actor,
    { permission: 'consultation.edit', action: 'update', resourceType: 'consultation', resourceId: id, childId: (trx) => repo.childOfConsultation(trx, id), purpose: () => confirmation.auditPurpose, locate: (trx) => repo.locateConsultation(trx, id) },
    async (trx): Promise<Consultation | RuleViolation> => {
      const row = (await repo.findConsultation(trx, id))!;
      if (row.version !== input.version) return conflict();
      const dates = checkRecordDates(input, { today, editing: true });
      if (dates.length > 0) return invalidDates(dates);
      if (row.mode !== 'consented') confirmation = checkConfirmation(textFieldsOf({ ...texts, groupLabel: row.group_label }), input.anonymityConfirmed);
      const consent = repo.consentTermsOf(row);
      const names = await registerNamesOfUnit(trx, row.unit_id);
      const problem = checkRecord(
        { mode: row.mode, childId: row.child_id, groupLabel: row.group_label, description: input.description, advice: input.advice, followUps: input.followUps },
        { names, consent, today },
      );
      if (problem) return refusalOf(problem, confirmation);
      if (confirmation.refusal) return confirmation.refusal;
      const owners = await checkOwners(trx, row.unit_id, input.followUps);
      if (owners) return owners;
      const updated = await repo.updateConsultation(trx, id, input.version, {
        category: input.category,
        held_on: input.heldOn,
        school_year: schoolYearOf(input.heldOn),
        description: input.description,
        advice: input.advice,
        outcome: input.outcome,
      });
      if (!updated) return conflict();
      await repo.replaceFollowUps(trx, id, input.followUps);
      return present(trx, (await repo.findConsultation(trx, id))!, today);
    },
  );
}

/** A child's consents, newest first, with where each stands today. */
export function listConsents(db: Db, actor: Actor, childId: string, { now = clock.now() }: Clock = {}): Promise<ConsentList> {
  return withAccess(
    db,
    actor,
    { permission: 'consent.manage', action: 'read', resourceType: 'consents', resourceId: childId, childId, locate: (trx) => repo.locateChild(trx, childId) },
    async (trx) => ({ consents: (await repo.listConsentsOfChild(trx, childId)).map((row) => toConsent(row, localDate(now))) }),
  );
}

/**
 * Registers a guardian's consent for the child: the guardian must be one of the child's. A
 * retry with the same idempotency key by the same person returns the first (`created: false`).
 */
export async function registerConsent(
  db: Db,
  actor: Actor,
  childId: string,
  input: NewConsent,
  { now = clock.now() }: Clock = {},
): Promise<{ consent: Consent; created: boolean }> {
  // The id of a new consent; a retry is audited under the consent it returns, found inside the door.
  const id = randomUUID();
  let returned: string | undefined;
  const today = localDate(now);
  return withAccess(
    db,
    actor,
    { permission: 'consent.manage', action: 'create', resourceType: 'consent', resourceId: id, auditedId: () => returned, childId, locate: (trx) => repo.locateChild(trx, childId) },
    async (trx): Promise<{ consent: Consent; created: boolean } | RuleViolation> => {
      // The child's row is locked first, so two registrations of the same consent cannot both
      // pass, and a retry that waited here finds the consent its first try made under the key.
      await repo.lockChild(trx, childId);
      const winner = await repo.findConsentIdByKey(trx, input.idempotencyKey);
      returned = winner?.id;
      if (winner) {
        if (winner.registered_by !== actor.staffId || winner.child_id !== childId) {
          return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
        }
        return { consent: toConsent((await repo.findConsent(trx, winner.id))!, today), created: false };
      }
      if (!(await repo.isGuardianOf(trx, input.guardianId, childId))) return invalid('guardianId', 'not_a_guardian');
      const scopes = [...new Set(input.scopes)];
      const problems = checkNewConsent({ givenOn: input.givenOn, expiresOn: input.expiresOn, scopes }, today);
      if (problems.length > 0) {
        return new RuleViolation(400, 'validation_failed', 'The request is not valid.', {
          issues: problems.map((code) => ({ path: `body/${code === 'given_in_future' ? 'givenOn' : code === 'no_scope' ? 'scopes' : 'expiresOn'}`, code })),
        });
      }
      const terms = { guardianId: input.guardianId, scopes, givenOn: input.givenOn, expiresOn: input.expiresOn };
      const existing = await repo.listConsentsOfChild(trx, childId);
      if (existing.some((row) => duplicatesConsent({ ...repo.termsOf(row), guardianId: row.guardian_id }, terms, today))) {
        return new RuleViolation(409, 'consent_exists', 'This consent is already registered and still runs.');
      }
      await repo.insertConsent(trx, {
        id,
        child_id: childId,
        guardian_id: input.guardianId,
        scopes,
        given_on: input.givenOn,
        expires_on: input.expiresOn,
        registered_by: actor.staffId,
        idempotency_key: input.idempotencyKey,
      });
      returned = id;
      return { consent: toConsent((await repo.findConsent(trx, id))!, today), created: true };
    },
  );
}

/**
 * Withdraws a consent from today: no new consented record can be made under it, and the
 * details of the records made under it are no longer shown or used; the retention job then
 * deletes them, keeping counts only. Withdrawing a withdrawn consent changes nothing.
 */
export function withdrawConsent(db: Db, actor: Actor, consentId: string, { now = clock.now() }: Clock = {}): Promise<Consent> {
  const today = localDate(now);
  return withAccess(
    db,
    actor,
    { permission: 'consent.manage', action: 'update', resourceType: 'consent', resourceId: consentId, childId: (trx) => repo.childOfConsent(trx, consentId), purpose: 'withdraw', locate: (trx) => repo.locateConsent(trx, consentId, repo.locateChild) },
    async (trx) => {
      await repo.withdrawConsent(trx, consentId, today, actor.staffId);
      return toConsent((await repo.findConsent(trx, consentId))!, today);
    },
  );
}

function replay(earlier: repo.ConsultationRow, staffId: string, unitId: string): { id: string; created: false } | RuleViolation {
  if (earlier.recorded_by_staff_id !== staffId || earlier.unit_id !== unitId) {
    return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
  }
  return { id: earlier.id, created: false };
}

async function checkOwners(trx: Trx, unitId: string, followUps: NewConsultation['followUps']): Promise<RuleViolation | null> {
  const atUnit = await repo.staffOfUnit(trx, unitId, [...new Set(followUps.map((f) => f.ownerStaffId))]);
  const issues = followUps.flatMap((f, i) => (atUnit.has(f.ownerStaffId) ? [] : [{ path: `body/followUps/${i}/ownerStaffId`, code: 'not_at_unit' }]));
  return issues.length > 0 ? new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues }) : null;
}

function invalid(field: string, code: string): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: `body/${field}`, code }] });
}

function invalidDates(problems: DateProblem[]): RuleViolation {
  const issues = problems.map((p) => ({ path: `body/${p.path}`, code: p.code }));
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The record was changed by someone else; reload and try again.');
}

const NOTHING_TO_CONFIRM: ConfirmationCheck = { refusal: null, auditPurpose: undefined };

function refusalOf(problem: RecordProblem, confirmation: ConfirmationCheck): RuleViolation {
  switch (problem.code) {
    case 'identifying_text':
      return new RuleViolation(400, 'identifying_text', 'The text may identify a child.', {
        findings: problem.findings,
        // What would be asked next, so the writer sees it all at once.
        ...(confirmation.refusal ? { warnings: confirmation.refusal.details['warnings'] } : {}),
      });
    case 'consent_not_valid':
      return new RuleViolation(409, 'consent_not_valid', 'There is no valid consent for a consultation about the child.', { status: problem.status });
    case 'child_required':
      return invalid('childId', 'required');
    case 'group_label_required':
      return invalid('groupLabel', 'required');
    case 'child_not_allowed':
      return invalid('childId', 'not_allowed');
    case 'group_label_not_allowed':
      return invalid('groupLabel', 'not_allowed');
  }
}

async function present(trx: Trx, row: repo.ConsultationRow, today: IsoDate): Promise<Consultation> {
  const [followUps, reports] = await Promise.all([repo.listFollowUps(trx, [row.id]), repo.listReportsFromConsultations(trx, [row.id])]);
  return toConsultation(row, followUps, reports, today);
}

function toConsultation(row: repo.ConsultationRow, followUps: repo.FollowUpRow[], reports: repo.ReportFromConsultationRow[], today: IsoDate): Consultation {
  const consent = repo.consentTermsOf(row);
  const usable = row.mode !== 'consented' || (consent !== null && consentStatusOn(consent, today) === 'valid');
  return {
    id: row.id,
    unitId: row.unit_id,
    mode: row.mode,
    child:
      row.mode === 'consented' && row.child_id && row.child_given_name && row.child_family_name
        ? { id: row.child_id, givenName: row.child_given_name, familyName: row.child_family_name }
        : null,
    groupLabel: row.group_label,
    category: row.category,
    heldOn: row.held_on,
    outcome: row.outcome,
    details: usable
      ? {
          description: row.description,
          advice: row.advice,
          followUps: followUps
            .filter((f) => f.consultation_id === row.id)
            .map((f) => ({ text: f.text, owner: { id: f.owner_id, givenName: f.given_name, familyName: f.family_name }, dueOn: f.due_on })),
        }
      : null,
    recordedBy:
      row.recorded_by_staff_id && row.recorder_given_name && row.recorder_family_name
        ? { id: row.recorded_by_staff_id, givenName: row.recorder_given_name, familyName: row.recorder_family_name }
        : null,
    concernReports: reports
      .filter((r) => r.from_consultation_id === row.id)
      .map((r) => ({ startedAt: r.created_at.toISOString(), sentAt: r.received_at?.toISOString() ?? null })),
    version: row.version,
  };
}

function toConsent(row: repo.ConsentRow, today: IsoDate): Consent {
  return {
    id: row.id,
    childId: row.child_id,
    guardian: { id: row.guardian_id, givenName: row.given_name, familyName: row.family_name },
    scopes: row.scopes,
    givenOn: row.given_on,
    expiresOn: row.expires_on,
    withdrawnOn: row.withdrawn_on,
    status: consentStatusOn(repo.termsOf(row), today),
  };
}
