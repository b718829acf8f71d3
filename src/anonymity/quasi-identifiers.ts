/**
 * Quasi-identifiers: descriptions that name no child but may single one out ("den eneste jenta
 * i 1A", a hearing aid, a diagnosis, a father in prison). They are warned about, not refused:
 * the writer knows whether the class has one such child or five, the guard does not. The save
 * then needs the writer's explicit confirmation (see needs-confirmation.ts).
 *
 * The words are in quasi-terms.ts. All languages' words are looked for in every text: the
 * guard is not told the language, and the lists barely overlap in meaning across languages.
 */
import type { Warning, WarningKind } from './finding.ts';
import {
  DIAGNOSES,
  FAMILY_EVENTS,
  FAMILY_WORDS,
  GROUP_WORDS,
  ONLY_NOT_A_CHILD,
  ONLY_WORDS,
  RARE_TRAITS,
  type TermLanguage,
} from './quasi-terms.ts';

interface Span {
  start: number;
  end: number;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/** One regular expression that finds any of the terms as whole words, longest first. */
function termsPattern(lists: Record<TermLanguage, readonly string[]>): RegExp {
  const terms = [...new Set(Object.values(lists).flat())].sort((a, b) => b.length - a.length);
  const alternatives = terms.map((term) =>
    term
      .replace(/\*$/, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '[\\s\\u00A0]+')
      .concat(term.endsWith('*') ? '\\p{L}*' : ''),
  );
  return new RegExp(`${BOUNDARY_BEFORE}(?:${alternatives.join('|')})${BOUNDARY_AFTER}`, 'giu');
}

const ONLY = termsPattern(ONLY_WORDS);
const NOT_A_CHILD = new RegExp(`^[\\s\\u00A0]+${termsPattern(ONLY_NOT_A_CHILD).source}`, 'iu');
const GROUP = termsPattern(GROUP_WORDS);
// A class or group name as schools write them: "1A", "5b", "4.b", "10C".
const CLASS_NAME = /(?<![\p{L}\p{N}])\d{1,2}\.?[A-Za-zÆØÅæøå](?![\p{L}\p{N}])/gu;
const RARE_TRAIT = termsPattern(RARE_TRAITS);
const DIAGNOSIS = termsPattern(DIAGNOSES);
const FAMILY = termsPattern(FAMILY_WORDS);
const FAMILY_EVENT = termsPattern(FAMILY_EVENTS);
const NEXT_WORD = /^[\s\u00A0]+\p{L}+/u;
// A sentence ends at ., ! or ? before a capital letter or a new line, and at every line break;
// "4.b", "kl. 14" and "f.eks. i" do not end one.
const SENTENCE_END = /[.!?]+(?=[\s\u00A0]+[\p{Lu}\d])|\n+/gu;

/** Every quasi-identifier in the text, sorted by position; warnings of one kind never overlap. */
export function findQuasiIdentifiers(text: string): Warning[] {
  const warnings: Warning[] = [];
  const add = (kind: WarningKind, span: Span) => warnings.push({ kind, ...span, text: text.slice(span.start, span.end) });
  for (const sentence of sentencesOf(text)) {
    for (const span of singlingOut(text, sentence)) add('singling_out', span);
    for (const span of familyEvents(text, sentence)) add('family_event', span);
  }
  for (const span of matches(RARE_TRAIT, text, { start: 0, end: text.length })) add('rare_trait', span);
  for (const span of matches(DIAGNOSIS, text, { start: 0, end: text.length })) add('diagnosis', span);
  return warnings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "The only …" about a child, with a class or group named in the same sentence: from one to the other. */
function singlingOut(text: string, sentence: Span): Span[] {
  // "klasse 5B" is one mention, though two patterns find its parts.
  const groups = merged([...matches(GROUP, text, sentence), ...matches(CLASS_NAME, text, sentence)], 1);
  if (groups.length === 0) return [];
  const spans: Span[] = [];
  for (const only of matches(ONLY, text, sentence)) {
    const rest = text.slice(only.end, sentence.end);
    if (NOT_A_CHILD.test(rest)) continue;
    const noun = NEXT_WORD.exec(rest);
    const phrase = { start: only.start, end: only.end + (noun?.[0].length ?? 0) };
    spans.push(joined(phrase, nearest(groups, phrase)));
  }
  return merged(spans);
}

/** A family word and a family event in one sentence: from the one to the other. */
function familyEvents(text: string, sentence: Span): Span[] {
  const family = matches(FAMILY, text, sentence);
  if (family.length === 0) return [];
  return merged(matches(FAMILY_EVENT, text, sentence).map((event) => joined(event, nearest(family, event))));
}

function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    sentences.push({ start, end: end.index });
    start = end.index + end[0].length;
  }
  sentences.push({ start, end: text.length });
  return sentences;
}

function matches(pattern: RegExp, text: string, within: Span): Span[] {
  pattern.lastIndex = 0;
  const part = text.slice(within.start, within.end);
  return [...part.matchAll(pattern)].map((m) => ({ start: within.start + m.index, end: within.start + m.index + m[0].length }));
}

function nearest(candidates: readonly Span[], to: Span): Span {
  const distance = (span: Span) => Math.max(span.start - to.end, to.start - span.end, 0);
  return candidates.reduce((best, span) => (distance(span) < distance(best) ? span : best));
}

function joined(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Overlapping spans, and spans no more than `gap` characters apart, as one. */
function merged(spans: readonly Span[], gap = 0): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last !== undefined && span.start <= last.end + gap) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
