/**
 * The second level of the guard, for every save of text that must stay anonymous: a
 * quasi-identifier (see quasi-identifiers.ts) is not refused outright, but the save needs the
 * writer's explicit "I have checked: this does not single out one child". Without it the save
 * is refused with `needs_confirmation` and each warning's field, kind and span (never the
 * text); with it, the save goes ahead and the confirmation is written to the audit event.
 */
import { RuleViolation } from '../kernel/errors.ts';
import type { WarningKind } from './finding.ts';
import { findQuasiIdentifiers } from './quasi-identifiers.ts';

/** A text to check and the field it came from ('description', 'purpose', 'followUps.0.text'). */
export interface CheckedField {
  field: string;
  text: string;
}

export interface FieldWarning {
  field: string;
  kind: WarningKind;
  start: number;
  end: number;
}

/** What a save of anonymous text decides about the warnings in it. */
export interface ConfirmationCheck {
  /** The refusal to send, when there are warnings and no confirmation. */
  refusal: RuleViolation | null;
  /** The audit purpose to record, when the writer confirmed texts that had warnings. */
  auditPurpose: string | undefined;
}

/** Every warning in the fields, in the order given. */
export function warningsIn(fields: readonly CheckedField[]): FieldWarning[] {
  return fields.flatMap(({ field, text }) => findQuasiIdentifiers(text).map(({ kind, start, end }) => ({ field, kind, start, end })));
}

/**
 * Checks the fields' warnings against the writer's confirmation. Pure and cheap (it needs no
 * register), so a service can run it before its access transaction and pass the purpose in.
 */
export function checkConfirmation(fields: readonly CheckedField[], confirmed: boolean | undefined): ConfirmationCheck {
  const warnings = warningsIn(fields);
  if (warnings.length === 0) return { refusal: null, auditPurpose: undefined };
  if (confirmed !== true) {
    return {
      refusal: new RuleViolation(400, 'needs_confirmation', 'The text may single out a child; confirm or rewrite it.', { warnings }),
      auditPurpose: undefined,
    };
  }
  return { refusal: null, auditPurpose: `${CONFIRMED_PURPOSE}: ${[...new Set(warnings.map((w) => w.kind))].join(', ')}` };
}

/** The start of the audit purpose of a confirmed save, a key the access report can translate. */
export const CONFIRMED_PURPOSE = 'anonymity warnings confirmed';
