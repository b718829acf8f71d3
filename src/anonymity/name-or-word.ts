/**
 * When a register name that is also an everyday word (word-names.ts) stands for the name.
 * Norwegian and Danish write names with a capital letter and ordinary words without one, so
 * the capital tells them apart, except first in a sentence, where every word has one. Hence:
 *
 * 1. Written in lower case ("per uke", "i august", "hans mor"), it is the word.
 * 2. Capitalised inside a sentence ("Han snakket med Per."), it is the name.
 * 3. Capitalised first in a sentence, it is the word ("Per uke …", "Liv i skolen …", "Hans mor
 *    ringte"), unless something marks it as a name: it is in the genitive ("Pers far",
 *    "August's mor"), or the next word is a register name or capitalised, as a family name is
 *    ("Per Hansen sa …", "Per Olsen sa …" with Olsen not on the register).
 *
 * So "Per kom ikke." is missed: first in a sentence and alone, the name and the word look the
 * same, and the word is the likelier. Every other register name is found in any case.
 */
import { spellingsOf } from './spellings.ts';
import { WORD_NAMES } from './word-names.ts';

const WORD_NAME_SPELLINGS: ReadonlySet<string> = new Set(Object.values(WORD_NAMES).flat().flatMap(spellingsOf));
const CAPITAL = /^\p{Lu}/u;
// What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes, bullets.
const BEFORE_FIRST_WORD = /[^\S\n]|["'«»“”‘’„(\[\-–—•*]/u;
const SENTENCE_END = /[.!?…:\n]/u;
// Between a given name and a family name: spaces or a hyphen, as in names.ts.
const BETWEEN_NAMES = /^[\s\-\u2010\u2011]{1,3}$/u;

/** Whether a register name, given by its spellings, is also an everyday word. */
export function isWordName(spellings: readonly string[]): boolean {
  return spellings.some((spelling) => WORD_NAME_SPELLINGS.has(spelling));
}

/** Where a word-name was matched, and what follows it. */
export interface Occurrence {
  start: number;
  end: number;
  /** "Pers", "Per's": the genitive, which marks a name even first in a sentence. */
  genitive: boolean;
  /** The next word, if any. */
  next?: { start: number; end: number; isRegisterName: boolean };
}

/** Whether an occurrence of a word-name stands for the name; the rule is above. */
export function standsAsName(text: string, occurrence: Occurrence): boolean {
  if (!CAPITAL.test(text.slice(occurrence.start, occurrence.start + 1))) return false;
  if (!isFirstInSentence(text, occurrence.start) || occurrence.genitive) return true;
  const { next } = occurrence;
  return (
    next !== undefined &&
    BETWEEN_NAMES.test(text.slice(occurrence.end, next.start)) &&
    (next.isRegisterName || CAPITAL.test(text.slice(next.start, next.end)))
  );
}

function isFirstInSentence(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && BEFORE_FIRST_WORD.test(text.charAt(at))) at -= 1;
  return at < 0 || SENTENCE_END.test(text.charAt(at));
}
