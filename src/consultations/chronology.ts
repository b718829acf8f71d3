/**
 * A child's chronology: what has happened over time, gathered from every source that knows
 * about the child under consent. Each source gives dated entries of its own kind; absence
 * joins by adding a source to SOURCES (and a kind to the schema).
 */
import { addDays, localDate, type IsoDate } from '../kernel/calendar/dates.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { consentStatusOn } from './domain/consent.ts';
import * as repo from './repo.ts';
import type { ChronologyEntry } from './schema.ts';

type Source = (trx: Trx, childId: string, today: IsoDate) => Promise<ChronologyEntry[]>;

const consultations: Source = async (trx, childId, today) => {
  const rows = await repo.listConsultationsOfChild(trx, childId);
  return rows.map((row) => {
    const consent = repo.consentTermsOf(row);
    const usable = consent !== null && consentStatusOn(consent, today) === 'valid';
    return {
      kind: 'consultation' as const,
      date: row.held_on,
      id: row.id,
      unit: { id: row.unit_id, name: row.unit_name },
      category: row.category,
      outcome: row.outcome,
      description: usable ? row.description : null,
    };
  });
};

const consents: Source = async (trx, childId, today) => {
  const rows = await repo.listConsentsOfChild(trx, childId);
  return rows.flatMap((row): ChronologyEntry[] => {
    const guardian = { id: row.guardian_id, givenName: row.given_name, familyName: row.family_name };
    const given: ChronologyEntry = { kind: 'consent_given', date: row.given_on, consentId: row.id, guardian, scopes: row.scopes, expiresOn: row.expires_on };
    if (row.withdrawn_on !== null && row.withdrawn_on <= row.expires_on) {
      return [given, { kind: 'consent_withdrawn', date: row.withdrawn_on, consentId: row.id, guardian }];
    }
    if (row.expires_on < today) return [given, { kind: 'consent_expired', date: addDays(row.expires_on, 1), consentId: row.id, guardian }];
    return [given];
  });
};

/** Reports started from the child's consultations: the fact and the dates, never the report's content. */
const reportsStarted: Source = async (trx, childId) =>
  (await repo.listReportsFromConsultationsOfChild(trx, childId)).map((row) => ({
    kind: 'concern_report_started' as const,
    date: localDate(row.created_at),
    consultationId: row.consultation_id,
    consultationHeldOn: row.held_on,
    sentOn: row.received_at && localDate(row.received_at),
  }));

const SOURCES: readonly Source[] = [consultations, consents, reportsStarted];

/** Within one day, what happens first: consent is given, then used (a report started from it last), then ended. */
const DAY_ORDER: Record<ChronologyEntry['kind'], number> = {
  consent_given: 0,
  consultation: 1,
  concern_report_started: 2,
  consent_withdrawn: 3,
  consent_expired: 3,
};

/** Every source's entries, newest first. */
export async function chronologyOf(trx: Trx, childId: string, today: IsoDate): Promise<ChronologyEntry[]> {
  const entries = (await Promise.all(SOURCES.map((source) => source(trx, childId, today)))).flat();
  return entries.sort((a, b) => b.date.localeCompare(a.date) || DAY_ORDER[b.kind] - DAY_ORDER[a.kind]);
}
