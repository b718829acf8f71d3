/** Follow-up cases as tests need them: an open case of its own pupil, at version 1, optionally with a step. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { buildEnrolledChild } from '../kernel/testing/register-factories.ts';
import { clock } from '../time/clock.ts';

/** An open flag of a new pupil at the school, and that pupil. */
export async function buildFlaggedPupil(db: Db, municipalityId: string, unitId: string, raisedOn = '2026-11-20') {
  const child = await buildEnrolledChild(db, { municipality_id: municipalityId, unit_id: unitId });
  const flag = await db
    .insertInto('attendance_flag')
    .values({ child_id: child.id, unit_id: unitId, municipality_id: municipalityId, rule_id: 'ringsaker-days-month', stage: 1, measure: 'days', comparison: 'more_than', threshold: 3, value: 4, window_from: '2026-11-01', window_to: raisedOn, school_days: 15, raised_on: raisedOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { child, flagId: flag.id };
}

/** An open case at version 1 for a new flagged pupil; with `step`, one planned step too (its id). */
export async function buildCase(db: Db, municipalityId: string, unitId: string, options: { step?: boolean } = {}): Promise<{ caseId: string; stepId: string }> {
  const { child, flagId } = await buildFlaggedPupil(db, municipalityId, unitId);
  const caseId = randomUUID();
  await db.insertInto('attendance_case').values({ id: caseId, municipality_id: municipalityId, unit_id: unitId, child_id: child.id, coordinator_id: null, opened_by: null, opened_at: clock.now() }).execute();
  await db.updateTable('attendance_flag').set({ case_id: caseId }).where('id', '=', flagId).execute();
  const stepId = randomUUID();
  if (options.step) {
    await db
      .insertInto('attendance_case_step')
      .values({ id: stepId, idempotency_key: randomUUID(), case_id: caseId, kind: 'call_home', what: 'Ringe hjem', owner_id: null, due_on: '2026-11-25', review_on: null, created_by: null, created_at: clock.now() })
      .execute();
  }
  return { caseId, stepId };
}

/** What the access-matrix walk calls the case routes about: a flag without a case, and a case for each kind of change. */
export interface AttendanceCasePlace {
  attendanceCaseFlagId: string;
  /** Read, and given a step. */
  attendanceCaseId: string;
  attendanceStepCaseId: string;
  attendanceStepId: string;
  attendanceContactCaseId: string;
  attendanceCloseCaseId: string;
  attendanceReportCaseId: string;
  attendanceConsultationCaseId: string;
  attendanceHearingCaseId: string;
  attendanceLetterCaseId: string;
  attendanceCoordinatorCaseId: string;
}

export async function buildAttendanceCasePlace(db: Db, municipalityId: string, unitId: string): Promise<AttendanceCasePlace> {
  const stepped = await buildCase(db, municipalityId, unitId, { step: true });
  return {
    attendanceCaseFlagId: (await buildFlaggedPupil(db, municipalityId, unitId)).flagId,
    attendanceCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceStepCaseId: stepped.caseId,
    attendanceStepId: stepped.stepId,
    attendanceContactCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceCloseCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceReportCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceConsultationCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceHearingCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceLetterCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
    attendanceCoordinatorCaseId: (await buildCase(db, municipalityId, unitId)).caseId,
  };
}
