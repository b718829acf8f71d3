/**
 * A consultation as a concern report started from it sees it (concern-reports/from-consultation.ts):
 * where and when it was held, whether the consent behind it still runs, and what may be carried
 * over into the draft. It runs inside the report's own access transaction, which makes the one
 * decision and writes the one audit event; this neither checks nor audits.
 */
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { IsoDate } from '../time/dates.ts';
import { consentStatusOn } from './domain/consent.ts';
import type { ConsultationMode } from './domain/kinds.ts';
import * as repo from './repo.ts';

export interface ConsultationToCarry {
  unitId: string;
  mode: ConsultationMode;
  /** A consented consultation's child in the register; null for an anonymous or group one. */
  childId: string | null;
  heldOn: IsoDate;
  /** False for a consented consultation whose consent no longer runs: its details are then not used. */
  usable: boolean;
  category: ConcernCategory;
  description: string;
  advice: string;
  followUps: { text: string; owner: { givenName: string; familyName: string }; dueOn: IsoDate }[];
}

/** The consultation on `today`, or undefined when there is none. */
export async function consultationToCarry(trx: Trx, id: string, today: IsoDate): Promise<ConsultationToCarry | undefined> {
  const row = await repo.findConsultation(trx, id);
  if (!row) return undefined;
  const consent = repo.consentTermsOf(row);
  const followUps = await repo.listFollowUps(trx, [id]);
  return {
    unitId: row.unit_id,
    mode: row.mode,
    childId: row.child_id,
    heldOn: row.held_on,
    usable: row.mode !== 'consented' || (consent !== null && consentStatusOn(consent, today) === 'valid'),
    category: row.category,
    description: row.description,
    advice: row.advice,
    followUps: followUps.map((f) => ({ text: f.text, owner: { givenName: f.given_name, familyName: f.family_name }, dueOn: f.due_on })),
  };
}

/** Where and by whom the consultation was recorded: who may start a report from it is decided on this. */
export async function consultationRecording(trx: Trx, id: string): Promise<{ unitId: string; recordedBy: string | null; recordedAt: Date } | undefined> {
  const row = await repo.findRecording(trx, id);
  return row && { unitId: row.unit_id, recordedBy: row.recorded_by_staff_id, recordedAt: row.created_at };
}
