/**
 * E-mail addresses, international ones included ("bjørn@ærø.dk"): an address names its owner
 * as surely as a name does, and is often the name itself ("kari.nordmann@...").
 */
import { findingAt, type Finding } from './finding.ts';

const LOCAL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]*[\p{L}\p{N}_%+-])?`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
// Not glued to a longer token on either side, and not cut short before a further domain label.
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}\p{M}._%+'-])${LOCAL}@(?:${LABEL}\.)+\p{L}{2,}(?![\p{L}\p{N}\p{M}-]|\.[\p{L}\p{N}])`,
  'gu',
);

/** Finds e-mail addresses; a full stop that ends the sentence stays out of the span. */
export function findEmails(text: string): Finding[] {
  return [...text.matchAll(EMAIL)].map((match) => findingAt(text, 'email', match.index, match.index + match[0].length));
}
