/**
 * What the anonymity guard reports: the kind of identifying detail and where it sits. The web
 * translates `kind` for the user, so the kinds are a closed list and carry no wording.
 */

/** The kinds of identifying detail, from the most to the least specific. */
export const FINDING_KINDS = ['national_id', 'd_number', 'cpr', 'birth_date', 'email', 'phone', 'address', 'name'] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * The kinds of detail that do not identify a child alone but may single one out with what the
 * reader knows (the class, the school): the writer must confirm or rewrite, see quasi-identifiers.ts.
 */
export const WARNING_KINDS = ['singling_out', 'rare_trait', 'diagnosis', 'family_event'] as const;

export type WarningKind = (typeof WARNING_KINDS)[number];

/** A warning: like a finding, but the writer may confirm that it singles no one out. */
export interface Warning {
  kind: WarningKind;
  start: number;
  end: number;
  text: string;
}

/**
 * One identifying detail. `start` and `end` are UTF-16 indices into the checked string, as
 * JavaScript's own string functions use them, so `text.slice(start, end) === finding.text`.
 */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
}

/** Builds a finding from a span, so that `text` can never disagree with `start` and `end`. */
export function findingAt(source: string, kind: FindingKind, start: number, end: number): Finding {
  return { kind, start, end, text: source.slice(start, end) };
}
