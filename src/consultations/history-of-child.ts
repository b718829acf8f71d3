/**
 * What consultations know of a child over time, for the chronology (src/chronology/): the
 * consultations about the child, the consents for the child, and the concern reports started
 * from the child's consultations. It runs inside the reader's own access transaction, which
 * makes the one decision and writes the one audit event; this neither checks nor audits.
 */
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { IsoDate } from '../time/dates.ts';
import { consentStatusOn } from './domain/consent.ts';
import type { ConsentScope, Outcome } from './domain/kinds.ts';
import * as repo from './repo.ts';

export interface ConsultationHistory {
  consultations: {
    id: string;
    heldOn: IsoDate;
    unit: { id: string; name: string };
    category: ConcernCategory;
    outcome: Outcome;
    /** Null when the consent it was recorded under no longer runs: its details are then not used. */
    description: string | null;
  }[];
  consents: {
    id: string;
    guardian: { id: string; givenName: string; familyName: string };
    scopes: ConsentScope[];
    givenOn: IsoDate;
    expiresOn: IsoDate;
    withdrawnOn: IsoDate | null;
  }[];
  /** Concern reports started from the child's consultations: when, and when sent (null while a draft). */
  reportsStarted: { consultationId: string; consultationHeldOn: IsoDate; startedAt: Date; sentAt: Date | null }[];
}

export async function historyOfChild(trx: Trx, childId: string, today: IsoDate): Promise<ConsultationHistory> {
  const [consultations, consents, reports] = await Promise.all([
    repo.listConsultationsOfChild(trx, childId),
    repo.listConsentsOfChild(trx, childId),
    repo.listReportsFromConsultationsOfChild(trx, childId),
  ]);
  return {
    consultations: consultations.map((row) => {
      const consent = repo.consentTermsOf(row);
      const usable = consent !== null && consentStatusOn(consent, today) === 'valid';
      return {
        id: row.id,
        heldOn: row.held_on,
        unit: { id: row.unit_id, name: row.unit_name },
        category: row.category,
        outcome: row.outcome,
        description: usable ? row.description : null,
      };
    }),
    consents: consents.map((row) => ({
      id: row.id,
      guardian: { id: row.guardian_id, givenName: row.given_name, familyName: row.family_name },
      scopes: row.scopes,
      givenOn: row.given_on,
      expiresOn: row.expires_on,
      withdrawnOn: row.withdrawn_on,
    })),
    reportsStarted: reports.map((row) => ({ consultationId: row.consultation_id, consultationHeldOn: row.held_on, startedAt: row.created_at, sentAt: row.received_at })),
  };
}
