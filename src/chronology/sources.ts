/**
 * A child's chronology: what has happened over time, gathered from every source that knows
 * about the child. Each source gives dated entries of its own kind, filtered for the reader by
 * domain/chronology-view.ts where the source's owner limits who may know; absence joins by
 * adding a source to SOURCES (and a kind to the schema).
 */
import type { Trx } from '../kernel/policy/access.ts';
import { addDays, localDate, type IsoDate } from '../time/dates.ts';
import { isIntake, reportAnswerFor, showsReferral, showsTalk, type ChronologyViewer } from './domain/chronology-view.ts';
import * as repo from './repo.ts';
import type { ChronologyEntry } from './schema.ts';

type Source = (trx: Trx, childId: string, today: IsoDate, viewer: ChronologyViewer) => Promise<ChronologyEntry[]>;

/**
 * The child's consultations and consents, and the drafts started from its consultations and
 * not yet sent: of those the fact and the dates, never the content, and not to intake (a draft
 * is its writer's until sent). Once sent, a report is a concern_report entry below, with what
 * the reader may know of the answer.
 */
const consultations: Source = async (trx, childId, today, viewer) => {
  const history = await repo.historyOfChild(trx, childId, today);
  const held = history.consultations.map(
    (c): ChronologyEntry => ({ kind: 'consultation', date: c.heldOn, id: c.id, unit: c.unit, category: c.category, outcome: c.outcome, description: c.description }),
  );
  const consents = history.consents.flatMap((c): ChronologyEntry[] => {
    const given: ChronologyEntry = { kind: 'consent_given', date: c.givenOn, consentId: c.id, guardian: c.guardian, scopes: c.scopes, expiresOn: c.expiresOn };
    if (c.withdrawnOn !== null && c.withdrawnOn <= c.expiresOn) {
      return [given, { kind: 'consent_withdrawn', date: c.withdrawnOn, consentId: c.id, guardian: c.guardian }];
    }
    if (c.expiresOn < today) return [given, { kind: 'consent_expired', date: addDays(c.expiresOn, 1), consentId: c.id, guardian: c.guardian }];
    return [given];
  });
  const started = isIntake(viewer)
    ? []
    : history.reportsStarted
        .filter((r) => r.sentAt === null)
        .map((r): ChronologyEntry => ({ kind: 'concern_report_started', date: localDate(r.startedAt), consultationId: r.consultationId, consultationHeldOn: r.consultationHeldOn }));
  return [...held, ...consents, ...started];
};

/** Sent reports about the child in the register, with what the reader may know of the answer. */
const concernReports: Source = async (trx, childId, _today, viewer) => {
  const reports = await repo.sentReportsAboutChild(trx, childId);
  return reports.flatMap((r): ChronologyEntry[] => {
    const answer = reportAnswerFor(viewer, {
      reporterUnitId: r.reporterUnit.id,
      municipalityId: r.municipalityId,
      country: r.country,
      decision: r.decision,
      decidedOn: r.decidedAt && localDate(r.decidedAt),
    });
    if (!answer) return [];
    return [{ kind: 'concern_report', date: localDate(r.receivedAt), id: r.id, unit: r.reporterUnit, answer }];
  });
};

/** Talks linked to the child whose parents were told; the withheld ones only as intake's referrals. */
const pupilTalks: Source = async (trx, childId, _today, viewer) => {
  const { talks, referrals } = await repo.talksAboutChild(trx, childId);
  const shown = talks.flatMap((t): ChronologyEntry[] =>
    showsTalk(viewer, { unitId: t.unit.id, municipalityId: t.municipalityId, noticeStatus: t.noticeStatus }) && t.noticeGivenAt
      ? [{ kind: 'pupil_talk', date: t.heldOn, id: t.id, unit: t.unit, topic: t.topic, noticeGivenOn: localDate(t.noticeGivenAt) }]
      : [],
  );
  const referred = referrals.flatMap((r): ChronologyEntry[] =>
    showsReferral(viewer, { municipalityId: r.municipalityId }) ? [{ kind: 'pupil_referral', date: r.referredOn, id: r.id, unit: r.unit, talkHeldOn: r.talkHeldOn }] : [],
  );
  return [...shown, ...referred];
};

const SOURCES: readonly Source[] = [consultations, concernReports, pupilTalks];

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
