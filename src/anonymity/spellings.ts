/**
 * The ways one name gets written: "Søren" is also typed "Soren" or "Soeren", "Håkon" also
 * "Hakon" or "Haakon", "José" also "Jose". Two words are the same name when their spellings
 * meet, whatever the letter case.
 *
 * Only the special letters fan out, and only on the side that has them: "Håkon" meets
 * "Haakon", but "Kaan" does not meet "kan", because neither of those has an å.
 */

const LETTER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  å: ['a', 'aa'],
  ø: ['o', 'oe'],
  æ: ['ae', 'a'],
  ö: ['o', 'oe'],
  ä: ['a', 'ae'],
  ü: ['u', 'ue'],
};
const PLAIN = /^[A-Za-z]*$/;
const SPECIAL_LETTER = /[åøæöäü]/;
const COMBINING_MARK = /\p{M}/gu;
// Spellings double with each special letter, and the text is the user's: past this many, a
// word gets two spellings only (each special letter written its first way, or each its second).
const MAX_FANNED_LETTERS = 4;

/** The lower-case, accent-free spellings of a word; the first is the plainest one. */
export function spellingsOf(word: string): string[] {
  // Most words are plain ASCII; normalising them would only cost time.
  if (PLAIN.test(word)) return [word.toLowerCase()];
  const lower = word.normalize('NFC').toLowerCase();
  if (!SPECIAL_LETTER.test(lower)) return [withoutMarks(lower)];
  const letters = [...lower];
  const fanned = letters.filter((letter) => LETTER_SPELLINGS[letter] !== undefined).length;
  if (fanned > MAX_FANNED_LETTERS) return [0, 1].map((choice) => withoutMarks(spelt(letters, choice)));
  let spellings = [''];
  for (const letter of letters) {
    const options = LETTER_SPELLINGS[letter] ?? [letter];
    spellings = spellings.flatMap((start) => options.map((option) => start + option));
  }
  return spellings.map(withoutMarks);
}

function spelt(letters: readonly string[], choice: number): string {
  return letters.map((letter) => LETTER_SPELLINGS[letter]?.[choice] ?? letter).join('');
}

function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARK, '');
}
