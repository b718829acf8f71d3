/**
 * Starting a concern report (in Denmark the underretning) from an attendance follow-up case
 * (issue 15): the coordinator ticks what to carry over — the pupil, the school, the absence
 * figures — and only that goes into the new draft, which is the coordinator's own like any draft.
 *
 * Runs inside the attendance capability's access transaction (its withAccess decides on the case
 * and writes the one audit event, naming the draft): this writes no event of its own.
 */
import { randomUUID } from 'node:crypto';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { emptyContent } from './content-schema.ts';
import * as repo from './repo.ts';

export interface DraftFromAttendance {
  /** The form's key: a retry answers the draft made the first time. */
  createKey: string;
  reporterStaffId: string;
  /** The school the case is at: where the report is written from. */
  unitId: string;
  /** The pupil as the register has them, when ticked. */
  child: { nationalId: string; givenName: string; familyName: string } | null;
  /** The school's name as the reporter's workplace, when ticked. */
  school: boolean;
  /** The absence figures in the reporter's words, when ticked: the report's first observation. */
  figures: { observedOn: string; text: string } | null;
}

/** The draft made with this key before, if any: its id and writer. */
export async function draftByCreateKey(trx: Trx, createKey: string): Promise<{ id: string; reporterStaffId: string } | undefined> {
  const row = await repo.findReportByCreateKey(trx, createKey);
  return row && { id: row.id, reporterStaffId: row.reporter_staff_id };
}

/**
 * A new draft with the ticked items in it, or the one made with the same key before
 * (`created: false`; the caller checks it is the same writer's).
 */
export async function startDraftFromAttendance(trx: Trx, request: DraftFromAttendance): Promise<{ id: string; reporterStaffId: string; created: boolean }> {
  const earlier = await draftByCreateKey(trx, request.createKey);
  if (earlier) return { ...earlier, created: false };
  const [staff, unit] = await Promise.all([repo.findStaff(trx, request.reporterStaffId), repo.findUnitName(trx, request.unitId)]);
  const content = emptyContent({ name: `${staff.given_name} ${staff.family_name}`, email: staff.email, phone: staff.phone ?? '', workplace: request.school ? unit.name : '' });
  if (request.child) content.child = { ...content.child, ...request.child };
  if (request.figures) content.observations = [{ date: request.figures.observedOn, what: request.figures.text, childsWords: '' }];
  const id = randomUUID();
  const inserted = await insertIdempotent(trx, {
    insert: () => repo.insertDraft(trx, { id, reporterStaffId: request.reporterStaffId, reporterUnitId: request.unitId, content, createKey: request.createKey }),
    findWinner: () => repo.findReportByCreateKey(trx, request.createKey),
  });
  if (!inserted.created) return { id: inserted.winner.id, reporterStaffId: inserted.winner.reporter_staff_id, created: false };
  return { id, reporterStaffId: request.reporterStaffId, created: true };
}
