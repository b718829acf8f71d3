/**
 * Given and family names that are also everyday words in a teacher's note: "Per" and "per uke",
 * "August" and "i august", "Hans" and "hans mor" (his mother). A register name on this list
 * counts only where it is written as a name; see name-or-word.ts for the rule.
 *
 * A word belongs here only when it is common in ordinary notes. The rule costs something: a
 * name on this list is missed when it stands alone first in a sentence ("Per kom ikke.") or is
 * typed in lower case, so a word that is rare in notes would cost recall and spare almost no
 * false alarm. That is why these are not here: "Lund", "Holm", "Vik", "Moe", "Li", "Lind",
 * "Berg", "Strand", "Dal", "Eng", "Vang", "Bjørk", "Ask", "Fjeld", "Skog", "Hage", "Stein",
 * "Sten" (grove, islet, bay, forest, garden, stone … are rare in notes, or common only in the
 * definite form, "i hagen", which is another word); "Tone", "Hagen" and "Bakken", common
 * names whose words ("en hard tone", "i hagen", "på bakken") are not common enough to pay
 * for missing "Tone kom ikke."; and "Kari", which is no word at all. Every word here also
 * stands for its spellings without æøå ("bo" for "Bø").
 *
 * The guard is not told the note's language, and Norwegian notes mix bokmål and nynorsk, so
 * the three lists are used together; they are kept apart so that each can be checked by a
 * native reader.
 */

export const WORD_NAMES = {
  /** Bokmål. */
  nb: [
    'per', 'august', 'mai', 'juni', 'sommer', 'vinter', // per uke; i august, i sommer
    'han', 'hans', 'vi', 'vår', // he, his, we, our (also the season)
    'dag', 'liv', 'bo', 'sol', 'ro', 'lykke', 'rask', 'rene', // i dag, bo hos mor, rene klær
    'bakke', // bakke opp om tiltaket
  ],
  /** Nynorsk. */
  nn: [
    'per', 'august', 'mai', 'juni', 'sommar', 'vinter',
    'han', 'hans', 'vi', 'vår',
    'dag', 'liv', 'bo', 'sol', 'ro', 'lykke', 'rask', 'rene',
    'tor', // ho tor ikkje (she dares not)
    'bakke',
  ],
  /** Danish. */
  da: [
    'per', 'august', 'maj', 'juni', 'sommer', 'vinter', // per uge; i august
    'han', 'hans', 'vi',
    'dag', 'liv', 'bo', 'sol', 'ro', 'lykke', 'rask', 'rene',
    'tage', // at tage (to take)
  ],
} as const satisfies Readonly<Record<'nb' | 'nn' | 'da', readonly string[]>>;
