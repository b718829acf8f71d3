/**
 * A child's chronology: what has happened over time, gathered from every source that knows
 * about the child. Each source gives dated entries of its own kind, filtered for the reader by
 * domain/chronology-view.ts where the source's owner limits who may know; absence joins by
 * adding a source to SOURCES (and a kind to the schema).
 */
import * as concernReports from '../concern-reports/repo.ts';
import { addDays, localDate, type IsoDate } from '../time/dates.ts';
import type { Trx } from '../kernel/policy/access.ts';
import * as pupilTalks from '../pupil-talks/repo.ts';
import { isIntake, reportAnswerFor, showsReferral, showsTalk, type ChronologyViewer } from './domain/chronology-view.ts';
import { consentStatusOn } from './domain/consent.ts';
import * as repo from './repo.ts';
import type { ChronologyEntry } from './schema.ts';

type Source = (trx: Trx, childId: string, today: IsoDate, viewer: ChronologyViewer) => Promise<ChronologyEntry[]>;

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

/**
 * Drafts started from the child's consultations and not yet sent: the fact and the dates, never
 * the content, and not to intake (a draft is its writer's until sent). Once sent, the report is
 * a concern_report entry below, with what the reader may know of the answer.
 */
const reportsStarted: Source = async (trx, childId, _today, viewer) =>
  isIntake(viewer)
    ? []
    : (await repo.listReportsFromConsultationsOfChild(trx, childId))
        .filter((row) => row.received_at === null)
        .map((row) => ({
          kind: 'concern_report_started' as const,
          date: localDate(row.created_at),
          consultationId: row.consultation_id,
          consultationHeldOn: row.held_on,
        }));

/** Sent reports about the child in the register; a hand-entered child is not linked to the register and does not appear. */
const concernReportsAbout: Source = async (trx, childId, _today, viewer) => {
  const rows = await concernReports.listSentReportsAboutChild(trx, childId);
  return rows.flatMap((row): ChronologyEntry[] => {
    const answer = reportAnswerFor(viewer, {
      reporterUnitId: row.reporter_unit_id,
      municipalityId: row.municipality_id!,
      country: row.country_code,
      decision: row.decision,
      decidedOn: row.decided_at && localDate(row.decided_at),
    });
    if (!answer) return [];
    return [{ kind: 'concern_report', date: localDate(row.received_at!), id: row.id, unit: { id: row.reporter_unit_id, name: row.unit_name }, answer }];
  });
};

/** Talks linked to the child whose parents were told; the withheld ones only as intake's referrals. */
const pupilTalksOf: Source = async (trx, childId, _today, viewer) => {
  const [talks, referrals] = await Promise.all([pupilTalks.listTalksOfChild(trx, childId), pupilTalks.listReferralsOfChild(trx, childId)]);
  const shown: ChronologyEntry[] = talks.flatMap((row): ChronologyEntry[] =>
    showsTalk(viewer, { unitId: row.unit_id, municipalityId: row.municipality_id, noticeStatus: row.notice_status }) && row.notice_given_at
      ? [{ kind: 'pupil_talk', date: row.held_on, id: row.id, unit: { id: row.unit_id, name: row.unit_name }, topic: row.topic, noticeGivenOn: localDate(row.notice_given_at) }]
      : [],
  );
  const referred: ChronologyEntry[] = referrals.flatMap((row): ChronologyEntry[] =>
    showsReferral(viewer, { municipalityId: row.municipality_id })
      ? [{ kind: 'pupil_referral', date: row.referred_on, id: row.id, unit: { id: row.unit_id, name: row.unit_name }, talkHeldOn: row.held_on }]
      : [],
  );
  return [...shown, ...referred];
};

const SOURCES: readonly Source[] = [consultations, consents, reportsStarted, concernReportsAbout, pupilTalksOf];

/**
 * Within one day, what happens first: consent is given, then used, then ended; a report follows
 * the consultation it came from, and a referral the talk it came from.
 */
const DAY_ORDER: Record<ChronologyEntry['kind'], number> = {
  consent_given: 0,
  consultation: 1,
  pupil_talk: 1,
  concern_report_started: 2,
  concern_report: 2,
  pupil_referral: 2,
  consent_withdrawn: 3,
  consent_expired: 3,
};

/** Every source's entries the reader may see, newest first. */
export async function chronologyOf(trx: Trx, childId: string, today: IsoDate, viewer: ChronologyViewer): Promise<ChronologyEntry[]> {
  const entries = (await Promise.all(SOURCES.map((source) => source(trx, childId, today, viewer)))).flat();
  return entries.sort((a, b) => b.date.localeCompare(a.date) || DAY_ORDER[b.kind] - DAY_ORDER[a.kind]);
}
