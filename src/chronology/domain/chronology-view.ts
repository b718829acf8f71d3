/**
 * What each reader of a child's chronology may see of the sources other capabilities own.
 * Pure: the chronology asks here for every concern report and pupil talk before it shows one.
 *
 * `chronology.read` is held by the network contact and the leader of the child's unit (the
 * school's own people, who meet the parents every week) and by child welfare's intake (who
 * receives the reports and the referrals). The decisions:
 *
 * - A concern report about the child: intake sees the reports in its own municipality's queue
 *   with the decision and the day it was made. The unit's people see only the reports sent from
 *   their own unit, and of the decision no more than the reporter is told (domain/feedback.ts of
 *   concern reports): received and, where the law lets the reporter know, whether an
 *   investigation was opened. A report from another unit is not theirs to know of.
 * - A pupil talk linked to the child appears once the parents have been told (the notice was
 *   given): nothing in it is then hidden from the parents, so the unit's people may see the
 *   talks at their own unit, and intake those in its municipality. A talk whose notice is still
 *   being drafted appears to no one, so that its later disappearance cannot hint at a withheld
 *   notice.
 * - A withheld notice — the parents were not told because that could put the child at risk —
 *   is shown only to intake, as the referral on its own list. Everyone at the unit might tell the
 *   parents, knowingly or by a slip at a parents' meeting, so for them the talk does not exist.
 *   The referral outlives the talk (retention), so intake's entry is the referral itself.
 */
import type { CountryCode, Role } from '../../kernel/db/tables.ts';
import { feedbackOf, type DecisionKind } from '../../concern-reports/domain/feedback.ts';

/** The reader, in the role and unit the policy granted the chronology under. */
export interface ChronologyViewer {
  role: Role;
  unitId: string;
  municipalityId: string;
}

/** Child welfare's roles that receive concern reports and referrals: they may know decisions and withheld notices. */
const INTAKE_ROLES: ReadonlySet<Role> = new Set<Role>(['intake_worker']);

export function isIntake(viewer: ChronologyViewer): boolean {
  return INTAKE_ROLES.has(viewer.role);
}

export interface ReportFacts {
  reporterUnitId: string;
  /** The municipality whose intake queue received it. */
  municipalityId: string;
  country: CountryCode;
  decision: DecisionKind | null;
  decidedOn: string | null;
}

export type ReportAnswer =
  | { seen: 'decision'; decision: DecisionKind | null; decidedOn: string | null }
  | { seen: 'feedback'; investigationOpened: boolean | null };

/** What the reader may know of child welfare's answer to a report, or null when the report is not for them to see. */
export function reportAnswerFor(viewer: ChronologyViewer, report: ReportFacts): ReportAnswer | null {
  if (isIntake(viewer)) {
    return report.municipalityId === viewer.municipalityId ? { seen: 'decision', decision: report.decision, decidedOn: report.decidedOn } : null;
  }
  if (report.reporterUnitId !== viewer.unitId) return null;
  return { seen: 'feedback', investigationOpened: feedbackOf(report.country, report.decision).investigationOpened };
}

export interface TalkFacts {
  unitId: string;
  municipalityId: string;
  noticeStatus: 'none' | 'drafted' | 'given' | 'withheld';
}

/** Whether the reader may see the talk itself; a withheld notice is intake's referral instead (`showsReferral`). */
export function showsTalk(viewer: ChronologyViewer, talk: TalkFacts): boolean {
  if (talk.noticeStatus !== 'given') return false;
  return isIntake(viewer) ? talk.municipalityId === viewer.municipalityId : talk.unitId === viewer.unitId;
}

/** Whether the reader may see a referral (a withheld parent notice): intake of the municipality whose list holds it, no one else. */
export function showsReferral(viewer: ChronologyViewer, referral: { municipalityId: string }): boolean {
  return isIntake(viewer) && referral.municipalityId === viewer.municipalityId;
}
