/**
 * The rules a consultation record must meet before it is saved. Anonymous must really mean
 * anonymous: no child, and every free-text field passes the anonymity guard with the names in
 * the unit's register. A group concern names the group, and that label is checked as well. A
 * consented record needs a child and a consent that is valid on the day and covers consultations.
 */
import type { IsoDate } from '../../time/dates.ts';
import { findIdentifying } from '../../anonymity/guard.ts';
import type { FindingKind } from '../../anonymity/finding.ts';
import { consentCovers, consentStatusOn, type ConsentStatus, type ConsentTerms } from './consent.ts';
import type { ConsultationMode } from './kinds.ts';

export interface RecordTexts {
  description: string;
  advice: string;
  followUps: readonly { text: string }[];
}

export interface RecordDraft extends RecordTexts {
  mode: ConsultationMode;
  childId: string | null;
  groupLabel: string | null;
}

/** Where a finding is: 'description', 'advice', 'groupLabel' or 'followUps.<n>.text'. */
export type TextField = 'description' | 'advice' | 'groupLabel' | `followUps.${number}.text`;

export interface FieldFinding {
  field: TextField;
  kind: FindingKind;
  start: number;
  end: number;
}

export type RecordProblem =
  | { code: 'identifying_text'; findings: FieldFinding[] }
  | { code: 'child_not_allowed' }
  | { code: 'group_label_not_allowed' }
  | { code: 'child_required' }
  | { code: 'group_label_required' }
  | { code: 'consent_not_valid'; status: ConsentStatus | 'missing' | 'scope' };

export interface RecordContext {
  /** Given and family names from the unit's register, for the guard. */
  names: readonly string[];
  /** The child's consent the record is made under (consented mode), if any. */
  consent: ConsentTerms | null;
  /** The day the record is saved: a consent must be valid then. */
  today: IsoDate;
}

/** The first problem with the draft, or null when it may be saved. */
export function checkRecord(draft: RecordDraft, context: RecordContext): RecordProblem | null {
  switch (draft.mode) {
    case 'anonymous':
    case 'group': {
      if (draft.childId !== null) return { code: 'child_not_allowed' };
      if (draft.mode === 'anonymous' && draft.groupLabel !== null) return { code: 'group_label_not_allowed' };
      if (draft.mode === 'group' && (draft.groupLabel ?? '').trim() === '') return { code: 'group_label_required' };
      const findings = identifyingIn(draft, context.names);
      return findings.length > 0 ? { code: 'identifying_text', findings } : null;
    }
    case 'consented': {
      if (draft.childId === null) return { code: 'child_required' };
      if (draft.groupLabel !== null) return { code: 'group_label_not_allowed' };
      if (context.consent === null) return { code: 'consent_not_valid', status: 'missing' };
      if (consentCovers(context.consent, 'consultation', context.today)) return null;
      const status = consentStatusOn(context.consent, context.today);
      return { code: 'consent_not_valid', status: status === 'valid' ? 'scope' : status };
    }
  }
}

/** Every identifying detail in the draft's free text, by field, in the order the form shows them. */
export function identifyingIn(draft: RecordTexts & { groupLabel: string | null }, names: readonly string[]): FieldFinding[] {
  return textFieldsOf(draft).flatMap(({ field, text }) =>
    findIdentifying(text, { names }).map((f) => ({ field, kind: f.kind, start: f.start, end: f.end })),
  );
}

/** The draft's free-text fields, in the order the form shows them: what the guard checks. */
export function textFieldsOf(draft: RecordTexts & { groupLabel: string | null }): { field: TextField; text: string }[] {
  return [
    ...(draft.groupLabel !== null ? [{ field: 'groupLabel' as const, text: draft.groupLabel }] : []),
    { field: 'description', text: draft.description },
    { field: 'advice', text: draft.advice },
    ...draft.followUps.map((f, i) => ({ field: `followUps.${i}.text` as const, text: f.text })),
  ];
}
