/**
 * Names from the unit's register: given names and family names, as whole words, whatever
 * the letter case or accents ("SOREN" is "Søren"), also in the genitive ("Emmas", "Emma's",
 * "Jonas'") and as multi-word names ("Anne Marie", also written "Anne-Marie").
 *
 * The caller passes the names of the unit's own register and nothing else: a name that is
 * also a common word ("Per", "August") is flagged wherever the word appears, so a longer list
 * means more false alarms, not more safety.
 */
import { findingAt, type Finding } from './finding.ts';
import { spellingsOf } from './spellings.ts';

interface Word {
  start: number;
  end: number;
  spellings: readonly string[];
}

/** A name to look for: the spellings of each of its words, in order. */
type NamePhrase = readonly ReadonlySet<string>[];

const WORD = /[\p{L}\p{M}]+/gu;
// What may stand between the words of one name: spaces, a hyphen, an apostrophe ("O'Neil").
const WITHIN_NAME = /^[\s\-\u2010\u2011'’]{1,3}$/u;
const APOSTROPHE_S = /^['’]s(?![\p{L}\p{M}\p{N}])/u;
const MIN_LETTERS = 2;

/** Finds the given names in a text; with no names it finds nothing. */
export function findNames(text: string, names: readonly string[]): Finding[] {
  const index = indexByFirstWord(names);
  if (index.size === 0) return [];
  const words = wordsOf(text);
  const findings: Finding[] = [];
  for (let at = 0; at < words.length; ) {
    const match = longestNameAt(text, words, at, index);
    if (match === null) {
      at += 1;
      continue;
    }
    findings.push(findingAt(text, 'name', match.start, match.end));
    at = match.nextWord;
  }
  return findings;
}

function indexByFirstWord(names: readonly string[]): Map<string, NamePhrase[]> {
  const index = new Map<string, NamePhrase[]>();
  for (const name of names) {
    const words = [...name.matchAll(WORD)].map((match) => match[0]);
    if (words.join('').length < MIN_LETTERS) continue;
    const phrase: NamePhrase = words.map((word) => new Set(spellingsOf(word)));
    for (const spelling of phrase[0] ?? []) {
      const phrases = index.get(spelling);
      if (phrases === undefined) index.set(spelling, [phrase]);
      else phrases.push(phrase);
    }
  }
  return index;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    spellings: spellingsOf(match[0]),
  }));
}

interface NameMatch {
  start: number;
  end: number;
  nextWord: number;
}

/** The longest name that starts at word `at`, or null when none does. */
function longestNameAt(
  text: string,
  words: readonly Word[],
  at: number,
  index: ReadonlyMap<string, NamePhrase[]>,
): NameMatch | null {
  const first = words[at];
  if (first === undefined) return null;
  const spellings = [...first.spellings, ...genitiveStem(text, first)];
  const candidates = new Set(spellings.flatMap((spelling) => index.get(spelling) ?? []));
  let best: NameMatch | null = null;
  for (const phrase of candidates) {
    const end = phraseEnd(text, words, at, phrase);
    if (end !== null && (best === null || end > best.end)) best = { start: first.start, end, nextWord: at + phrase.length };
  }
  return best;
}

/** Where a phrase ends when the words from `at` on spell it, genitive included; else null. */
function phraseEnd(text: string, words: readonly Word[], at: number, phrase: NamePhrase): number | null {
  for (let part = 0; part < phrase.length; part += 1) {
    const word = words[at + part];
    const spellings = phrase[part];
    if (word === undefined || spellings === undefined) return null;
    const previous = words[at + part - 1];
    if (previous !== undefined && part > 0 && !WITHIN_NAME.test(text.slice(previous.end, word.start))) return null;
    const last = part === phrase.length - 1;
    if (word.spellings.some((spelling) => spellings.has(spelling))) {
      if (!last) continue;
      return APOSTROPHE_S.test(text.slice(word.end, word.end + 3)) ? word.end + 2 : word.end;
    }
    if (!last || !genitiveStem(text, word).some((spelling) => spellings.has(spelling))) return null;
    return word.end;
  }
  return null;
}

/** "Emmas" → the spellings of "Emma": the genitive written without an apostrophe. */
function genitiveStem(text: string, word: Word): string[] {
  const written = text.slice(word.start, word.end);
  if (written.length <= MIN_LETTERS || !/s$/i.test(written)) return [];
  return spellingsOf(written.slice(0, -1));
}
