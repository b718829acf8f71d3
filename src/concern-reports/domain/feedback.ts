/**
 * What the reporter is told, generated from child welfare's decision and limited to what the
 * law lets a public (NO) or professional (DK) reporter know: that the report was received and,
 * once decided, whether an investigation was opened. Never the reason, the measure or anything
 * else about the family.
 */
import type { CountryCode } from '../../kernel/db/tables.ts';
import { LAW } from './law.ts';

export const decisionKinds = ['closed_after_review', 'investigation_opened', 'acute_measure'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** How an investigation ended: closed, or followed up with measures. */
export const conclusionKinds = ['closed', 'followed_up'] as const;
export type ConclusionKind = (typeof conclusionKinds)[number];

export interface ReporterFeedback {
  received: true;
  /** null until child welfare has decided. */
  investigationOpened: boolean | null;
  /** The second feedback (NO): null until the investigation is concluded, or where the law gives none. */
  investigationConcluded: ConclusionKind | null;
}

export function feedbackOf(country: CountryCode, decision: DecisionKind | null, conclusion: ConclusionKind | null = null): ReporterFeedback {
  const rule = LAW[country].feedback;
  if (decision === null || !rule.investigationOpened) return { received: true, investigationOpened: null, investigationConcluded: null };
  // An acute measure is always followed by an investigation; the measure itself is not the reporter's to know.
  const opened = decision !== 'closed_after_review';
  return { received: true, investigationOpened: opened, investigationConcluded: opened && rule.investigationConcluded ? conclusion : null };
}

/** Whether the decision starts the investigation clock. */
export function opensInvestigation(decision: DecisionKind | null): boolean {
  return decision === 'investigation_opened' || decision === 'acute_measure';
}
