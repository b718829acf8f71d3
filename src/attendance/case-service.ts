/**
 * Follow-up cases: a flag opens a case for its pupil at the school, or joins the one already
 * open; the school's leader (the attendance coordinator, who may handle flags) plans steps, logs
 * contacts with the home and closes the case with a reason. Every read and write goes through
 * withAccess (one decision, one audit event, one transaction); every change but opening carries
 * the case's version as read. Refusals found inside the transaction are returned from the work,
 * so the attempt's audit event still lands, and thrown after.
 */
import { randomUUID } from 'node:crypto';
import { findIdentifying } from '../anonymity/guard.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent, unlessUniqueViolation, UNIQUE_VIOLATION } from '../kernel/db/idempotent.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import type { IsoDate } from '../time/dates.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import { timeZoneOf, type CountryCode } from '../time/zone.ts';
import { draftByCreateKey, startDraftFromAttendance } from '../concern-reports/index.ts';
import { hasConsultationConsent, recordConsultationWithin } from '../consultations/index.ts';
import type { Locale } from '../kernel/db/tables.ts';
import * as repo from './case-repo.ts';
import type {
  AddContactRequest,
  AddStepRequest,
  AttendanceCase,
  CasePeople,
  CaseTerm,
  ChangeCoordinatorRequest,
  CloseCaseRequest,
  HearingRequest,
  OpenCaseRequest,
  RecordLetterRequest,
  StartConsultationRequest,
  StartedConsultation,
  StartedReport,
  StartReportRequest,
} from './case-schema.ts';
import { DANISH_WARNING_LETTER, fillLetter } from './domain/warning-letter.ts';
import type { Guideline, GuidelineRule } from './domain/guideline.ts';
import { termDays, termMeasure, termSoFar } from './domain/term.ts';
import { listSchoolHolidays } from './import-repo.ts';
import { ageOn, closeRefusal, contactDateRefusal, HEARING_AGE, returnPlanRequired, TRIGGER_KINDS, type TriggerKind } from './domain/case-rules.ts';
import { caseFlags } from './flag-service.ts';
import type { Flag } from './schema.ts';
import { attendanceCaseMessages } from './web/case-messages.ts';
import { attendanceMessages } from './web/messages.ts';

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/**
 * Opens a case for the flag's pupil with a coordinator (the one opening it unless named), or
 * joins the pupil's open case at the school. A retry finds the flag already in its case and
 * answers it (`created: false`) without changing anything.
 */
export async function openCaseFromFlag(db: Db, actor: Actor, unitId: string, flagId: string, request: OpenCaseRequest, { now = clock.now() }: Clock = {}): Promise<{ case: AttendanceCase; created: boolean }> {
  // The id of a new case. The flag, and the case it is in or would join, are located inside the
  // door; the event names that case (a denied attempt too), else the one the work answers with.
  const caseId = randomUUID();
  let flag: Awaited<ReturnType<typeof repo.findFlag>>;
  let existing: string | undefined;
  let answered: string | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'attendance.follow_up',
      action: 'create',
      resourceType: 'attendance_case',
      resourceId: () => existing ?? caseId,
      auditedId: () => answered,
      childId: async () => flag?.child_id,
      locate: async (trx) => {
        flag = await repo.findFlag(trx, flagId);
        if (flag?.unit_id !== unitId) return undefined;
        existing = flag.case_id ?? (await repo.findOpenCaseId(trx, flag.child_id, unitId));
        return locateUnit(trx, unitId);
      },
    },
    async (trx): Promise<{ case: AttendanceCase; created: boolean } | RuleViolation> => {
      const current = flag!;
      answered = current.case_id ?? undefined;
      if (current.case_id) return { case: await readCase(trx, current.case_id, now), created: false };
      let joined = await repo.findOpenCaseId(trx, current.child_id, unitId);
      let created = false;
      if (!joined) {
        const coordinatorId = request.coordinatorId ?? actor.staffId;
        if (!(await repo.leadsUnit(trx, coordinatorId, unitId))) return invalid('coordinatorId', 'not_a_coordinator');
        const values = { id: caseId, municipality_id: current.municipality_id, unit_id: unitId, child_id: current.child_id, coordinator_id: coordinatorId, opened_by: actor.staffId, opened_at: now };
        // Two coordinators opening at once: the open-case index lets one in; the other joins it.
        const inserted = await unlessUniqueViolation(trx, () => repo.insertCase(trx, values));
        created = inserted !== UNIQUE_VIOLATION;
        joined = created ? caseId : await repo.findOpenCaseId(trx, current.child_id, unitId);
      }
      answered = joined!;
      await repo.linkFlag(trx, flagId, joined!);
      return { case: await readCase(trx, joined!, now), created };
    },
  );
}

/** The case with its flags, steps and contact log. */
export function getCase(db: Db, actor: Actor, caseId: string, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return withAccess(db, actor, caseAccess(caseId, 'read'), (trx) => readCase(trx, caseId, now));
}

/**
 * Who may be chosen on the case: the school's staff as a step's owner, its leaders as the
 * coordinator (the rules addStep and changeCoordinator check). Behind the case's own door.
 */
export function listCasePeople(db: Db, actor: Actor, caseId: string): Promise<CasePeople> {
  // The case's school is where the door located it: its scope's one unit.
  return withAccess(db, actor, caseAccess(caseId, 'read'), async (trx, _grant, scope) => {
    const people = await repo.listUnitPeople(trx, scope.unitIds[0]!);
    const person = (p: (typeof people)[number]) => ({ id: p.id, name: name(p.given_name, p.family_name) });
    return { owners: people.map(person), coordinators: people.filter((p) => p.leads).map(person) };
  });
}

/**
 * Hands the case to another coordinator, a leader of the school (else 400 not_a_coordinator),
 * from the version read (else 409 conflict); a closed case refuses.
 */
export function changeCoordinator(db: Db, actor: Actor, caseId: string, request: ChangeCoordinatorRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, place) => {
    if (!(await repo.leadsUnit(trx, request.coordinatorId, place.unit_id))) return invalid('coordinatorId', 'not_a_coordinator');
    const stale = await moveOn(trx, caseId, request.version);
    if (stale) return stale;
    await repo.setCoordinator(trx, caseId, request.coordinatorId);
    return undefined;
  });
}

/** Plans a step; a retry of the same submission (its idempotency key) answers the case without adding another. */
export function addStep(db: Db, actor: Actor, caseId: string, request: AddStepRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, place) => {
    const earlier = await repo.findStepByKey(trx, request.idempotencyKey);
    if (earlier) return earlier.case_id === caseId ? undefined : keyReused();
    const ownerId = request.ownerId ?? actor.staffId;
    if (!(await repo.worksAtUnit(trx, ownerId, place.unit_id))) return invalid('ownerId', 'not_at_school');
    if (request.reviewOn !== null && request.reviewOn < request.dueOn) return invalid('reviewOn', 'range_reversed');
    const refusal = (await identifying(trx, place.unit_id, [request.what])) ?? (await moveOn(trx, caseId, request.version));
    if (refusal) return refusal;
    const inserted = await insertIdempotent(trx, {
      insert: () =>
        repo.insertStep(trx, {
          idempotency_key: request.idempotencyKey,
          case_id: caseId,
          kind: request.kind,
          what: request.what,
          owner_id: ownerId,
          due_on: request.dueOn,
          review_on: request.reviewOn,
          created_by: actor.staffId,
          created_at: now,
        }),
      findWinner: () => repo.findStepByKey(trx, request.idempotencyKey),
    });
    return inserted.created || inserted.winner.case_id === caseId ? undefined : keyReused();
  });
}

/** Marks a step of the case done; one already done stays as it was. */
export function markStepDone(db: Db, actor: Actor, caseId: string, stepId: string, readVersion: number, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  const locate = async (trx: Trx) => ((await repo.findStepCase(trx, stepId)) === caseId ? locateCase(trx, caseId) : undefined);
  return changeCase(
    db,
    actor,
    caseId,
    now,
    async (trx) => {
      const refusal = await moveOn(trx, caseId, readVersion);
      if (refusal) return refusal;
      await repo.markStepDone(trx, stepId, now);
      return undefined;
    },
    locate,
  );
}

/** Logs a contact about the pupil's absence; a retry of the same submission adds nothing. */
export function addContact(db: Db, actor: Actor, caseId: string, request: AddContactRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, place, scope) => {
    const earlier = await repo.findContactByKey(trx, request.idempotencyKey);
    if (earlier) return earlier.case_id === caseId ? undefined : keyReused();
    const dateRefusal = contactDateRefusal(request.contactedOn, schoolToday(now, scope));
    if (dateRefusal) return invalid('contactedOn', dateRefusal);
    const refusal = (await identifying(trx, place.unit_id, [request.outcome, request.agreed])) ?? (await moveOn(trx, caseId, request.version));
    if (refusal) return refusal;
    const inserted = await insertIdempotent(trx, {
      insert: () =>
        repo.insertContact(trx, {
          idempotency_key: request.idempotencyKey,
          case_id: caseId,
          contacted_on: request.contactedOn,
          by_staff_id: actor.staffId,
          with_whom: request.withWhom,
          how: request.how,
          outcome: request.outcome,
          agreed: request.agreed,
          created_at: now,
        }),
      findWinner: () => repo.findContactByKey(trx, request.idempotencyKey),
    });
    return inserted.created || inserted.winner.case_id === caseId ? undefined : keyReused();
  });
}

/** Closes the case with a reason; back at school after ten days away needs a return plan first. Its open flags are handled with it. */
export function closeCase(db: Db, actor: Actor, caseId: string, request: CloseCaseRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, place, scope) => {
    const days = await absentDays(trx, caseId, place.child_id, schoolToday(now, scope));
    const refusal = closeRefusal(request.reason, days, await repo.hasStepOfKind(trx, caseId, 'return_plan'));
    if (refusal) return new RuleViolation(409, refusal, 'The pupil has been away ten days or more: a return plan is needed before the case closes as back at school.');
    const identifyingNote = await identifying(trx, place.unit_id, [request.note]);
    if (identifyingNote) return identifyingNote;
    const stale = await moveOn(trx, caseId, request.version);
    if (stale) return stale;
    await repo.closeCase(trx, caseId, { closed_at: now, closed_by: actor.staffId, close_reason: request.reason, close_note: request.note === '' ? null : request.note });
    return undefined;
  });
}

/**
 * Starts a concern report (in Denmark the underretning to the municipality) from the case, with
 * only the ticked items carried over: the pupil as the register has them, the school as the
 * writer's workplace, the case's absence figures with their rules. The draft is the writer's own,
 * like any draft; the case links it. One policy decision (the case's, attendance.follow_up: the
 * school's leader, who may also write reports there) and one audit event, naming the draft. A
 * retry with the same key answers the same draft; a second report from the case is refused
 * (409 report_already_started) while the first is kept.
 */
export async function startReport(db: Db, actor: Actor, caseId: string, request: StartReportRequest, { now = clock.now() }: Clock = {}): Promise<StartedReport & { created: boolean }> {
  let draftId: string | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'attendance.follow_up',
      action: 'create',
      resourceType: 'concern_report',
      resourceId: randomUUID(),
      auditedId: () => draftId,
      purpose: `started from attendance case ${caseId}`,
      childId: async (trx: Trx) => (await repo.findCasePlace(trx, caseId))?.child_id,
      locate: (trx) => locateCase(trx, caseId),
    },
    async (trx, _grant, scope): Promise<(StartedReport & { created: boolean }) | RuleViolation> => {
      const row = (await repo.findCase(trx, caseId))!;
      const answer = async (reportId: string, created: boolean) => ({ reportId, created, case: await readCase(trx, caseId, now) });
      const earlier = await draftByCreateKey(trx, request.idempotencyKey);
      if (earlier) {
        if (earlier.reporterStaffId !== actor.staffId || row.report_key !== request.idempotencyKey) return keyReused();
        draftId = earlier.id;
        return answer(earlier.id, false);
      }
      if (row.report_id) return new RuleViolation(409, 'report_already_started', 'A report was started from the case already.');
      const stale = await moveOn(trx, caseId, request.version);
      if (stale) return stale;
      const pupil = request.carry.child ? await repo.findPupil(trx, row.child_id) : null;
      const today = schoolToday(now, scope);
      const flags = request.carry.figures ? await caseFlags(trx, row.unit_id, caseId) : [];
      const started = await startDraftFromAttendance(trx, {
        createKey: request.idempotencyKey,
        reporterStaffId: actor.staffId,
        unitId: row.unit_id,
        child: pupil && { nationalId: pupil.national_id, givenName: pupil.given_name, familyName: pupil.family_name },
        school: request.carry.school,
        figures: flags.length > 0 ? { observedOn: today, text: figuresText(flags, request.locale) } : null,
      });
      // A concurrent retry of this very request won the race: its draft, if it is the same writer's.
      if (!started.created && started.reporterStaffId !== actor.staffId) return keyReused();
      draftId = started.id;
      await repo.linkReport(trx, caseId, started.id, request.idempotencyKey);
      return answer(started.id, started.created);
    },
  );
}

/**
 * Records the consultation with the network contact from the case (Norway's `consultation`
 * stage), through the consultations capability's public entry inside the case's access
 * transaction, under its rules. Ticking the pupil makes it a consultation with consent — refused
 * (409 consent_not_valid) without a guardian's consent covering consultations; unticked it is
 * anonymous, its text held to the anonymity guard, and the audit event names no child, so the
 * record's trail leads to no one. The figures, ticked, open the description. One decision
 * (attendance.follow_up on the case; the school's leader also holds consultation.record there)
 * and one event of type `consultation`, naming it. A retry with the same key answers the same
 * consultation; a second one from the case is refused (409 consultation_already_started).
 */
export async function startConsultation(
  db: Db,
  actor: Actor,
  caseId: string,
  request: StartConsultationRequest,
  { now = clock.now() }: Clock = {},
): Promise<StartedConsultation & { created: boolean }> {
  let consultationId: string | undefined;
  let confirmed: string | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'attendance.follow_up',
      action: 'create',
      resourceType: 'consultation',
      resourceId: randomUUID(),
      auditedId: () => consultationId,
      // An anonymous consultation's event names neither the child nor the case, which would name them.
      purpose: () => [request.carry.pupil ? `started from attendance case ${caseId}` : 'started from an attendance case', confirmed].filter(Boolean).join('; '),
      childId: async (trx: Trx) => (request.carry.pupil ? (await repo.findCasePlace(trx, caseId))?.child_id : null),
      locate: (trx) => locateCase(trx, caseId),
    },
    async (trx, _grant, scope): Promise<(StartedConsultation & { created: boolean }) | RuleViolation> => {
      const row = (await repo.findCase(trx, caseId))!;
      const answer = async (id: string, created: boolean) => ({ consultationId: id, created, case: await readCase(trx, caseId, now) });
      if (row.consultation_id && row.consultation_key === request.idempotencyKey) {
        consultationId = row.consultation_id;
        return answer(row.consultation_id, false);
      }
      if (row.consultation_id) return new RuleViolation(409, 'consultation_already_started', 'A consultation was recorded from the case already.');
      const stale = await moveOn(trx, caseId, request.version);
      if (stale) return stale;
      const flags = request.carry.figures ? await caseFlags(trx, row.unit_id, caseId) : [];
      const description = [flags.length > 0 ? figuresText(flags, request.locale) : '', request.description].filter((part) => part !== '').join('\n\n');
      if (description === '') return invalid('description', 'text_too_short');
      const recorded = await recordConsultationWithin(
        trx,
        actor.staffId,
        row.unit_id,
        {
          mode: request.carry.pupil ? 'consented' : 'anonymous',
          childId: request.carry.pupil ? row.child_id : null,
          groupLabel: null,
          category: 'absence',
          heldOn: request.heldOn,
          description,
          advice: request.advice,
          outcome: request.outcome,
          followUps: [],
          anonymityConfirmed: request.anonymityConfirmed,
          idempotencyKey: request.idempotencyKey,
        },
        schoolToday(now, scope),
      );
      if (recorded instanceof RuleViolation) return recorded;
      consultationId = recorded.id;
      confirmed = recorded.auditPurpose;
      await repo.linkConsultation(trx, caseId, recorded.id, request.idempotencyKey);
      return answer(recorded.id, recorded.created);
    },
  );
}

/**
 * Records the municipality's hearing as the coordinator learnt of it: the days the parents and
 * the pupil were heard, or not yet (null). The pupil is heard from 12 (the register's birth
 * date, on the school's today); a date for a younger pupil is refused (400 pupil_under_12).
 */
export function recordHearing(db: Db, actor: Actor, caseId: string, request: HearingRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, _place, scope) => {
    const today = schoolToday(now, scope);
    for (const field of ['parentsHeardOn', 'pupilHeardOn'] as const) {
      const day = request[field];
      const refusal = day === null ? null : contactDateRefusal(day, today);
      if (refusal) return invalid(field, refusal);
    }
    const row = (await repo.findCase(trx, caseId))!;
    if (request.pupilHeardOn !== null && ageOn(row.birth_date, today) < HEARING_AGE) return invalid('pupilHeardOn', 'pupil_under_12');
    const stale = await moveOn(trx, caseId, request.version);
    if (stale) return stale;
    await repo.saveHearing(trx, caseId, { parents_heard_on: request.parentsHeardOn, pupil_heard_on: request.pupilHeardOn });
    return undefined;
  });
}

/**
 * Records a letter to the home as sent — the Danish warning at 10 %, drafted from the template
 * and edited — with the day and to whom; a retry of the same submission adds nothing. The text
 * is a letter to the parents about their child, so it names them: it is not held to the
 * anonymity guard the log's notes are.
 */
export function recordLetter(db: Db, actor: Actor, caseId: string, request: RecordLetterRequest, { now = clock.now() }: Clock = {}): Promise<AttendanceCase> {
  return changeCase(db, actor, caseId, now, async (trx, _place, scope) => {
    const earlier = await repo.findLetterByKey(trx, request.idempotencyKey);
    if (earlier) return earlier.case_id === caseId ? undefined : keyReused();
    const dateRefusal = contactDateRefusal(request.sentOn, schoolToday(now, scope));
    if (dateRefusal) return invalid('sentOn', dateRefusal);
    const stale = await moveOn(trx, caseId, request.version);
    if (stale) return stale;
    const inserted = await insertIdempotent(trx, {
      insert: () =>
        repo.insertLetter(trx, {
          idempotency_key: request.idempotencyKey,
          case_id: caseId,
          kind: request.kind,
          body: request.body,
          sent_on: request.sentOn,
          sent_to: request.sentTo,
          sent_by: actor.staffId,
          created_at: now,
        }),
      findWinner: () => repo.findLetterByKey(trx, request.idempotencyKey),
    });
    return inserted.created || inserted.winner.case_id === caseId ? undefined : keyReused();
  });
}

/** The case's figures in the writer's words, one flag a line under a line saying where they come from. */
function figuresText(flags: Flag[], locale: Locale): string {
  const m = attendanceMessages[locale];
  const language = locale === 'en' ? 'en-GB' : locale;
  const date = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const number = (value: number) => new Intl.NumberFormat(language).format(Math.round(value * 10) / 10);
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  const lines = flags.map((flag) =>
    fill(m.flags.text, {
      value: number(flag.value),
      measure: m.measure[flag.measure],
      from: date(flag.windowFrom),
      to: date(flag.windowTo),
      schoolDays: String(flag.schoolDays),
      comparison: m.comparison[flag.comparison],
      threshold: number(flag.threshold),
    }),
  );
  return [attendanceCaseMessages[locale].report.figuresIntro, ...lines.map((line) => `– ${line}`)].join('\n');
}

type CasePlace = NonNullable<Awaited<ReturnType<typeof repo.findCasePlace>>>;

/** One change of a case behind attendance.follow_up; the work answers a refusal or nothing, and the case is read after. */
async function changeCase(
  db: Db,
  actor: Actor,
  caseId: string,
  now: Date,
  work: (trx: Trx, place: CasePlace, scope: UnitScope) => Promise<RuleViolation | undefined>,
  locate: (trx: Trx) => Promise<UnitScope | undefined> = (trx) => locateCase(trx, caseId),
): Promise<AttendanceCase> {
  return withAccess(db, actor, { ...caseAccess(caseId, 'update'), locate }, async (trx) => {
    const place = (await repo.findCasePlace(trx, caseId))!;
    const refusal = await work(trx, place, (await locateUnit(trx, place.unit_id))!);
    return refusal ?? (await readCase(trx, caseId, now));
  });
}

/**
 * Reading a case needs what handling a flag needs: its contact log is about the family, so the
 * school's staff, who see the flags, do not see the case.
 */
function caseAccess(caseId: string, action: 'read' | 'update') {
  return {
    permission: 'attendance.follow_up' as const,
    action,
    resourceType: 'attendance_case' as const,
    resourceId: caseId,
    childId: async (trx: Trx) => (await repo.findCasePlace(trx, caseId))?.child_id,
    locate: (trx: Trx) => locateCase(trx, caseId),
  };
}

async function locateCase(trx: Trx, caseId: string): Promise<UnitScope | undefined> {
  const place = await repo.findCasePlace(trx, caseId);
  return place && locateUnit(trx, place.unit_id);
}

/** Takes the case on from the version read: a closed case refuses, a stale version answers 409. */
async function moveOn(trx: Trx, caseId: string, readVersion: number): Promise<RuleViolation | undefined> {
  if (await repo.bumpVersion(trx, caseId, readVersion)) return undefined;
  const row = await repo.findCase(trx, caseId);
  if (row?.closed_at) return new RuleViolation(409, 'case_closed', 'The case is closed.');
  return new RuleViolation(409, 'conflict', 'The case was changed since it was read; reload and try again.');
}

async function identifying(trx: Trx, unitId: string, texts: string[]): Promise<RuleViolation | undefined> {
  const names = await registerNamesOfUnit(trx, unitId);
  const findings = texts.filter((text) => text !== '').flatMap((text) => findIdentifying(text, { names }));
  if (findings.length === 0) return undefined;
  // Kinds only: the identifying text itself is not echoed back.
  return new RuleViolation(400, 'identifying_note', 'The text must not identify anyone.', { findings: findings.map(({ kind, start, end }) => ({ kind, start, end })) });
}

/** The calendar day it is at the school: where the clock's instant falls in its country. */
function schoolToday(now: Date, scope: UnitScope): string {
  return localDate(now, timeZoneOf(scope.countryCode));
}

/** Whole days away from the case's first flag window's start to the school's today. */
async function absentDays(trx: Trx, caseId: string, childId: string, today: string): Promise<number> {
  const from = await repo.firstWindowDay(trx, caseId);
  return from ? repo.countAbsentDays(trx, childId, from, today) : 0;
}

/** A person as the case shows them; a name part may be missing on a joined row. */
function name(given: string | null, family: string | null): string {
  return `${given ?? ''} ${family ?? ''}`.trim();
}

async function readCase(trx: Trx, caseId: string, now: Date): Promise<AttendanceCase> {
  const row = (await repo.findCase(trx, caseId))!;
  const scope = (await locateUnit(trx, row.unit_id))!;
  const today = schoolToday(now, scope);
  const days = await absentDays(trx, caseId, row.child_id, today);
  const flags = await caseFlags(trx, row.unit_id, caseId);
  const pupilAge = ageOn(row.birth_date, today);
  const guideline = await repo.findGuideline(trx, row.municipality_id);
  const rules = guideline?.rules ?? [];
  const letters = (await repo.listLetters(trx, caseId)).map((l) => ({
    id: l.id,
    kind: l.kind,
    body: l.body,
    sentOn: l.sent_on,
    sentTo: l.sent_to,
    by: l.sent_by ? { id: l.sent_by, name: name(l.given_name, l.family_name) } : null,
  }));
  // The latest flag whose stage asks for the warning letter gives its figures.
  const warned = flags.filter((f) => rules.some((r) => r.id === f.ruleId && r.triggers.some((t) => t.kind === 'warning_letter'))).sort((a, b) => b.raisedOn.localeCompare(a.raisedOn))[0];
  const warningLetterDraft =
    scope.countryCode === 'DK' && warned && !letters.some((l) => l.kind === 'warning')
      ? fillLetter(DANISH_WARNING_LETTER, {
          pupil: name(row.given_name, row.family_name),
          school: row.unit_name,
          percent: warned.value,
          from: warned.windowFrom,
          to: warned.windowTo,
          sender: name(row.coordinator_given_name, row.coordinator_family_name),
        })
      : null;
  return {
    id: row.id,
    unitId: row.unit_id,
    pupilName: name(row.given_name, row.family_name),
    groupName: row.group_name,
    coordinator: row.coordinator_id ? { id: row.coordinator_id, name: name(row.coordinator_given_name, row.coordinator_family_name) } : null,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    closeReason: row.close_reason,
    closeNote: row.close_note,
    version: row.version,
    today,
    absentDays: days,
    returnPlanRequired: returnPlanRequired(days),
    country: scope.countryCode,
    triggers: triggersOf(rules, flags),
    flags,
    term: await pupilTerm(trx, row, guideline, scope.countryCode, today),
    steps: (await repo.listSteps(trx, caseId)).map((s) => ({
      id: s.id,
      kind: s.kind,
      what: s.what,
      owner: s.owner_id ? { id: s.owner_id, name: name(s.given_name, s.family_name) } : null,
      dueOn: s.due_on,
      reviewOn: s.review_on,
      done: s.done_at !== null,
    })),
    contacts: (await repo.listContacts(trx, caseId)).map((c) => ({
      id: c.id,
      contactedOn: c.contacted_on,
      by: c.by_staff_id ? { id: c.by_staff_id, name: name(c.given_name, c.family_name) } : null,
      withWhom: c.with_whom,
      how: c.how,
      outcome: c.outcome,
      agreed: c.agreed,
    })),
    warningLetterDraft,
    letters,
    report: row.report_id ? { id: row.report_id } : null,
    consultation: row.consultation_id ? { id: row.consultation_id } : null,
    pupilConsentsToConsultation: await hasConsultationConsent(trx, row.child_id, today),
    hearing: { parentsHeardOn: row.parents_heard_on, pupilHeardOn: row.pupil_heard_on, pupilAge, pupilToBeHeard: pupilAge >= HEARING_AGE },
  };
}

/** The pupil's term so far on the municipality's school calendar, with the share of school time missed. */
async function pupilTerm(trx: Trx, row: repo.CaseRow, guideline: Guideline | undefined, country: CountryCode, today: IsoDate): Promise<CaseTerm> {
  const range = termSoFar(today);
  const calendar: SchoolCalendar = { country, holidays: await listSchoolHolidays(trx, row.municipality_id) };
  const measure = termMeasure(guideline, country);
  const absences = await repo.listAbsences(trx, row.child_id, range.from, range.to);
  return { ...range, ...measure, counted: [...measure.counted], days: termDays(calendar, absences, range, measure.dayMinutes, measure.counted) };
}

/** What the stages of the flags ask for, in the order of the list of triggers. */
function triggersOf(rules: readonly GuidelineRule[], flags: Flag[]): TriggerKind[] {
  const ruleIds = new Set(flags.map((f) => f.ruleId));
  const asked = new Set(rules.filter((r) => ruleIds.has(r.id)).flatMap((r) => r.triggers.map((t) => t.kind)));
  return TRIGGER_KINDS.filter((kind) => asked.has(kind));
}

function invalid(field: string, code: string): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: `body/${field}`, code }] });
}

function keyReused(): RuleViolation {
  return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
}
