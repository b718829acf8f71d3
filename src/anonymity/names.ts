/**
 * Names from the unit's register: given names and family names, as whole words, whatever
 * the letter case or accents ("SOREN" is "Søren"), also in the genitive ("Emmas", "Emma's",
 * "Jonas'") and as multi-word names ("Anne Marie", also written "Anne-Marie").
 *
 * A name that is also an everyday word ("Per" and "per uke", "August" and "i august") counts
 * only where it is written as a name: see name-or-word.ts. Other words can still be names on
 * someone's register, so the caller passes the names of the unit's own register and nothing
 * else: a longer list means more false alarms, not more safety.
 */
import { findingAt, type Finding } from './finding.ts';
import { isWordName, standsAsName, type Occurrence } from './name-or-word.ts';
import { spellingsOf } from './spellings.ts';

interface Word {
  start: number;
  end: number;
  spellings: readonly string[];
}

/** A name to look for: the spellings of each of its words, in order. */
interface NamePhrase {
  words: readonly ReadonlySet<string>[];
  /** A one-word name that is also an everyday word, found only where written as a name. */
  wordLike: boolean;
}

const WORD = /[\p{L}\p{M}]+/gu;
// What may stand between the words of one name: spaces, a hyphen, an apostrophe ("O'Neil").
const WITHIN_NAME = /^[\s\-\u2010\u2011'’]{1,3}$/u;
const APOSTROPHE_S = /^['’]s(?![\p{L}\p{M}\p{N}])/u;
const APOSTROPHE_ALONE = /^['’](?![\p{L}\p{M}\p{N}])/u;
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
    const spellings = words.map(spellingsOf);
    const phrase: NamePhrase = {
      words: spellings.map((spellingsOfWord) => new Set(spellingsOfWord)),
      wordLike: spellings.length === 1 && isWordName(spellings[0] ?? []),
    };
    for (const spelling of spellings[0] ?? []) {
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
    const end = phraseEnd(text, words, at, phrase.words);
    if (end === null || (best !== null && end <= best.end)) continue;
    if (phrase.wordLike && !standsAsName(text, occurrenceOf(text, first, words[at + 1], end, phrase, index))) continue;
    best = { start: first.start, end, nextWord: at + phrase.words.length };
  }
  return best;
}

/** A one-word name matched at `word` up to `end`, as name-or-word.ts needs it to judge. */
function occurrenceOf(
  text: string,
  word: Word,
  next: Word | undefined,
  end: number,
  phrase: NamePhrase,
  index: ReadonlyMap<string, NamePhrase[]>,
): Occurrence {
  const isRegisterName = (spellings: readonly string[]) => spellings.some((spelling) => index.has(spelling));
  return {
    start: word.start,
    end: word.end,
    // "Per's", "Hans'", or found through its genitive stem ("Pers").
    genitive:
      end > word.end ||
      (/s$/i.test(text.slice(word.start, word.end)) && APOSTROPHE_ALONE.test(text.slice(word.end, word.end + 2))) ||
      !word.spellings.some((spelling) => phrase.words[0]?.has(spelling)),
    ...(next !== undefined && { next: { start: next.start, end: next.end, isRegisterName: isRegisterName(next.spellings) } }),
  };
}

/** Where a phrase ends when the words from `at` on spell it, genitive included; else null. */
function phraseEnd(text: string, words: readonly Word[], at: number, phrase: NamePhrase['words']): number | null {
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
