/**
 * The completeness check the assistant shows before submission, and the server applies on
 * submission: which sections are missing (blocking), which are vague (advice), and which
 * details cannot be delivered (invalid, blocking). The blocking rules cover every field the
 * Fiks IO schema requires, so a complete Norwegian report always exports.
 */
import type { CountryCode } from '../../kernel/db/tables.ts';
import { isValidCpr } from '../../kernel/national-id/danish.ts';
import { isValidNorwegianId } from '../../kernel/national-id/norwegian.ts';
import type { CompletenessProblem, ReportContent, ReportSection } from '../content-schema.ts';

/** An observation shorter than this many words rarely tells child welfare what happened. */
export const VAGUE_OBSERVATION_WORDS = 8;
const VAGUE_DURATION_WORDS = 3;

/** The reporter's phone as Fiks IO accepts it: digits, optional leading +, single spaces or dashes. */
const PHONE = /^[+]?[0-9]+([- ][0-9]+)*$/;
/** The reporter's e-mail as Fiks IO accepts it (its pattern, letters æøå included). */
const EMAIL = /^[A-Za-zæøåÆØÅ0-9_-]+(\.[A-Za-zæøåÆØÅ0-9_-]+)*@[A-Za-zæøåÆØÅ0-9-]+(\.[A-Za-zæøåÆØÅ0-9-]+)*(\.[A-Za-z]{2,})$/;

export function checkCompleteness(content: ReportContent, country: CountryCode): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  // One problem per field and kind: an empty first observation is missing once, however many rules see it.
  const add = (section: ReportSection, field: string, kind: CompletenessProblem['kind'], blocking = kind !== 'vague') => {
    if (!problems.some((p) => p.field === field && p.kind === kind)) problems.push({ section, field, kind, blocking });
  };
  const blank = (value: string) => value.trim() === '';

  const { child } = content;
  if (!child.unborn) {
    if (blank(child.givenName)) add('child', 'child.givenName', 'missing');
    if (blank(child.familyName)) add('child', 'child.familyName', 'missing');
    // A child without a known number may still be reported; child welfare finds them.
    if (blank(child.nationalId)) add('child', 'child.nationalId', 'missing', false);
    else if (!isValidNationalId(country, child.nationalId.trim())) add('child', 'child.nationalId', 'invalid');
  }
  if (blank(child.address.line1)) add('child', 'child.address.line1', 'missing');
  if (child.told === null) add('child', 'child.told', 'missing');
  if (child.told === false && blank(child.notToldReason)) add('child', 'child.notToldReason', 'missing');

  if (content.guardians.length === 0) add('guardians', 'guardians', 'missing');
  content.guardians.forEach((guardian, i) => {
    if (blank(guardian.name)) add('guardians', `guardians.${i}.name`, 'missing');
    if (guardian.told === null) add('guardians', `guardians.${i}.told`, 'missing');
    if (guardian.told === false && blank(guardian.notToldReason)) add('guardians', `guardians.${i}.notToldReason`, 'missing');
  });

  const described = content.observations.filter((o) => !blank(o.what));
  if (described.length === 0) add('observations', 'observations.0.what', 'missing');
  content.observations.forEach((observation, i) => {
    const empty = blank(observation.what);
    if (empty && (observation.date !== '' || !blank(observation.childsWords))) add('observations', `observations.${i}.what`, 'missing');
    if (!empty && words(observation.what) < VAGUE_OBSERVATION_WORDS) add('observations', `observations.${i}.what`, 'vague');
  });
  if (described.length > 0 && described.every((o) => o.date === '')) add('observations', 'observations.0.date', 'vague');

  if (blank(content.duration)) add('duration', 'duration', 'missing');
  else if (words(content.duration) < VAGUE_DURATION_WORDS) add('duration', 'duration', 'vague');
  if (blank(content.actionsTaken)) add('actionsTaken', 'actionsTaken', 'missing');

  const { reporter } = content;
  for (const field of ['name', 'role', 'workplace'] as const) {
    if (blank(reporter[field])) add('reporter', `reporter.${field}`, 'missing');
  }
  if (blank(reporter.workplaceAddress.line1)) add('reporter', 'reporter.workplaceAddress.line1', 'missing');
  if (blank(reporter.phone)) add('reporter', 'reporter.phone', 'missing');
  else if (!PHONE.test(normalisePhone(reporter.phone))) add('reporter', 'reporter.phone', 'invalid');
  if (blank(reporter.email)) add('reporter', 'reporter.email', 'missing');
  else if (!EMAIL.test(reporter.email.trim())) add('reporter', 'reporter.email', 'invalid');

  return problems;
}

/** Whether nothing blocks submission. */
export function isSubmittable(problems: readonly CompletenessProblem[]): boolean {
  return problems.every((p) => !p.blocking);
}

/** Spaces collapsed and trimmed; what the export sends. */
export function normalisePhone(phone: string): string {
  return phone.trim().replace(/\s+/g, ' ');
}

function isValidNationalId(country: CountryCode, id: string): boolean {
  return country === 'NO' ? isValidNorwegianId(id) : isValidCpr(id);
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
