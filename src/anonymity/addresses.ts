/**
 * Street addresses: a street name followed by a house number ("Storgata 12B", "Kongens gate 5",
 * "Østergade 12, 2. tv"). A street is a word with a street ending ("Bjørkeveien", "Skovvej"),
 * or a capitalised genitive followed by a street word, with the rest of the name it honours
 * ("Karl Johans gate", "H.C. Andersens Boulevard"). A street name alone is not flagged:
 * "i Storgata" names a place, not a home.
 *
 * Teachers type street names in lower case too ("bjørkeveien 3"), so case does not matter,
 * except for the few endings that also end everyday words ("arbeidsplass 3", Danish "alle 3").
 * A number followed by a unit ("3 dager", "2 gange", "5 %") is a count, not a house number.
 */
import { findingAt, type Finding } from './finding.ts';

const STREET_ENDINGS = [
  'veien', 'vegen', 'vei', 'veg', 'gata', 'gaten', 'gate', 'stien', 'bakken', 'plassen', 'plass', 'torget', 'torg',
  'svingen', 'lia', 'tunet', 'kroken', 'løkka', 'brygga', 'brygge', 'kaia', 'kaien', 'terrassen',
  'vejen', 'vej', 'gaden', 'gade', 'strædet', 'stræde', 'torvet', 'torv', 'pladsen', 'plads', 'vænget', 'vænge',
  'bakke', 'boulevard', 'alléen', 'allé', 'alle',
];
// Endings of everyday words as well ("arbeidsplass", "madbakke", Danish "alle"): these only
// make a street with a capital letter.
const COMMON_WORD_ENDINGS = new Set(['plass', 'plassen', 'plads', 'pladsen', 'alle', 'bakke']);
const STREET_WORDS = [
  'gate', 'gata', 'vei', 'veg', 'plass', 'torg', 'allé', 'alle', 'vej', 'gade', 'plads', 'torv', 'stræde', 'boulevard',
  'bakke',
];
const UNITS = [
  'dager', 'dagar', 'dage', 'dag', 'døgn', 'ganger', 'gonger', 'gange', 'gang', 'timer', 'timar', 'time', 'minutter',
  'minutt', 'minuttar', 'min', 'uker', 'uke', 'veker', 'veke', 'uger', 'uge', 'måneder', 'månader', 'mnd', 'år',
  'elever', 'elevar', 'elev', 'barn', 'børn', 'kr', 'kroner', 'prosent', 'procent', 'meter', 'km', 'stk', 'personer',
];

const LETTER = String.raw`[\p{L}\p{M}]`;
const SPACE = String.raw`[ \u00A0\u202F]`;
// The rest of the name a street is named after: "Olav" Kyrres gate, "H.C." Andersens Boulevard.
const NAMED_AFTER = String.raw`(?:(?:\p{Lu}\.){1,3}${SPACE}?|\p{Lu}\p{Ll}+${SPACE}){0,2}`;
const STREET = [
  String.raw`\p{Lu}${LETTER}*(?:${STREET_ENDINGS.join('|')})`,
  String.raw`\p{Ll}${LETTER}*(?:${STREET_ENDINGS.filter((ending) => !COMMON_WORD_ENDINGS.has(ending)).join('|')})`,
  String.raw`${NAMED_AFTER}\p{Lu}${LETTER}*s${SPACE}(?:${STREET_WORDS.map(eitherCase).join('|')})`,
].join('|');
const HOUSE_NUMBER = String.raw`[1-9][0-9]{0,3}(?:[A-Za-z](?!${LETTER}))?(?:[-–][1-9][0-9]{0,3})?`;
// "3. klasse" is an ordinal, "3 dager" a count; "12, 2. tv" is a Danish floor and side.
const NOT_A_COUNT = String.raw`(?!\.${SPACE}*\p{Ll})(?!${SPACE}*(?:%|(?:${UNITS.join('|')})(?!${LETTER})))`;
const FLOOR = String.raw`(?:,?${SPACE}(?:[0-9]{1,2}\.|st\.?|kl\.?)${SPACE}?(?:tv|th|mf)\.?)?`;
const NUMBER = String.raw`${SPACE}{1,2}(?:nr\.?${SPACE}?)?${HOUSE_NUMBER}${NOT_A_COUNT}${FLOOR}`;
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:${STREET})${NUMBER}(?![\p{L}\p{M}\p{N}]|[.,:/][0-9])`,
  'gu',
);

/** Finds street addresses with their house number (and Danish floor, when it is written). */
export function findAddresses(text: string): Finding[] {
  return [...text.matchAll(ADDRESS)].map((match) =>
    findingAt(text, 'address', match.index, match.index + match[0].length),
  );
}

function eitherCase(word: string): string {
  return `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;
}
