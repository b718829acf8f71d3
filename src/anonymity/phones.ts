/**
 * Norwegian and Danish phone numbers: eight digits, first digit 2–9, written the way people
 * write them ("91234567", "912 34 567", "22 33 44 55", "+47 91234567", "0045 20 12 34 56",
 * "(+47) 912-34-567", "22.33.44.55").
 *
 * Only those groupings count, so the numbers a teacher's note is full of stay out: amounts
 * are grouped in threes ("12 500 000"), a school year is two fours ("2024 2025"), and dates,
 * times and decimals are not digit groups at all (see digit-runs.ts). An unsplit eight-digit
 * number is the one shape an amount or a date can share; next to a currency word, or when it
 * reads as a date (20250312), it is taken for that. After "uke"/"uge" the numbers are weeks.
 */
import { isCalendarDate } from '../kernel/national-id/gregorian-dates.ts';
import { findDigitRuns, groupingOf, joinedAlike, windowFrom, type DigitGroup, type DigitWindow } from './digit-runs.ts';
import { findingAt, type Finding } from './finding.ts';

const NATIONAL_LENGTH = 8;
const SHAPES = new Set(['8', '3+2+3', '2+2+2+2']);
// After a country code there is no doubt left, so the rarer four-four split counts too.
const SHAPES_AFTER_COUNTRY_CODE = new Set([...SHAPES, '4+4']);
const COUNTRY_CODES = new Set(['47', '45']);
const FIRST_DIGIT = /^[2-9]/;

// Amounts, and lists of weeks ("fravær i uke 22 23 24 25"), are the numbers a note is full of.
const CURRENCY_BEFORE = /(?:^|[^\p{L}])(?:kr|kroner|nok|dkk|sek|eur|usd|beløpet|beløp|beløbet|beløb)\.?:?\s*$|[€$£]\s*$/iu;
const WEEKS_BEFORE = /(?:^|[^\p{L}])(?:uke|uker|uka|veke|veker|veka|uge|uger|ugerne|ukene|vekene)\.?:?\s*$/iu;
const CURRENCY_AFTER =
  /^\s*(?:,-|,[0-9]{2}(?![0-9])|(?:kr|kroner|nok|dkk|sek|eur|usd|mill|millioner|mio|tusen|tusind)(?![\p{L}])|[€$£])/iu;
const CONTEXT_LENGTH = 16;
const PARENTHESISED_CODE = /\(\+(?:47|45)\)[ \u00A0]?$/;
// Dots make a date of most numbers, so they are read apart, and only in the two phone shapes.
const DOTTED_CODE = String.raw`(?:(?:\(\+|\+|00)(?:47|45)\)?[ \u00A0]?)?`;
const DOTTED_SHAPES = String.raw`(?:[2-9][0-9](?:\.[0-9]{2}){3}|[2-9][0-9]{2}\.[0-9]{2}\.[0-9]{3})`;
const DOTTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,:/])${DOTTED_CODE}${DOTTED_SHAPES}(?![\p{L}\p{N}_]|[.,:/][0-9])`,
  'gu',
);

/** Finds phone numbers, each with its country code when it has one. */
export function findPhones(text: string): Finding[] {
  const findings = [...text.matchAll(DOTTED)].map((match) =>
    findingAt(text, 'phone', match.index, match.index + match[0].length),
  );
  for (const run of findDigitRuns(text)) {
    const countsSomethingElse = isAmountOrWeeks(text, run);
    for (let index = 0; index < run.length; ) {
      const phone = phoneAt(text, run, index, countsSomethingElse);
      if (phone === null) {
        index += 1;
        continue;
      }
      findings.push(findingAt(text, 'phone', phone.start, phone.end));
      index = phone.nextGroup;
    }
  }
  return findings;
}

interface Phone {
  start: number;
  end: number;
  nextGroup: number;
}

/** The phone number from group `index`; without a country code, only where a phone may be. */
function phoneAt(text: string, run: readonly DigitGroup[], index: number, countsSomethingElse: boolean): Phone | null {
  const group = run[index];
  if (group === undefined) return null;
  const plus = text[group.start - 1] === '+';
  const start = plus ? group.start - 1 : group.start;

  const glued = nationalPartOf(group.digits, plus);
  if (glued !== null) return FIRST_DIGIT.test(glued) ? { start, end: group.end, nextGroup: index + 1 } : null;

  if (isCountryCode(group.digits, plus) && run[index + 1]?.joinedBy === 'space') {
    const body = bodyAt(run, index + 1, SHAPES_AFTER_COUNTRY_CODE);
    if (body !== null) return { start, end: body.end, nextGroup: index + 1 + body.groups.length };
  }

  const body = bodyAt(run, index, SHAPES);
  if (body === null || countsSomethingElse || looksLikeDate(body)) return null;
  const code = PARENTHESISED_CODE.exec(text.slice(Math.max(0, body.start - 6), body.start))?.[0] ?? '';
  return { start: body.start - code.length, end: body.end, nextGroup: index + body.groups.length };
}

/** "+4791234567" and "004791234567": the eight national digits, or null for anything else. */
function nationalPartOf(digits: string, plus: boolean): string | null {
  const code = plus ? digits.slice(0, 2) : digits.startsWith('00') ? digits.slice(2, 4) : '';
  const national = digits.slice(plus ? 2 : 4);
  return COUNTRY_CODES.has(code) && national.length === NATIONAL_LENGTH ? national : null;
}

function isCountryCode(digits: string, plus: boolean): boolean {
  return plus ? COUNTRY_CODES.has(digits) : digits.startsWith('00') && COUNTRY_CODES.has(digits.slice(2));
}

function bodyAt(run: readonly DigitGroup[], index: number, shapes: ReadonlySet<string>): DigitWindow | null {
  const body = windowFrom(run, index, NATIONAL_LENGTH);
  if (body === null || !shapes.has(groupingOf(body)) || !FIRST_DIGIT.test(body.digits)) return null;
  return joinedAlike(body) ? body : null;
}

/** A run of numbers after a currency or "uke", or before a currency, is amounts or weeks. */
function isAmountOrWeeks(text: string, run: readonly DigitGroup[]): boolean {
  const start = run[0]?.start ?? 0;
  const end = run.at(-1)?.end ?? 0;
  const before = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  const after = text.slice(end, end + CONTEXT_LENGTH);
  return CURRENCY_BEFORE.test(before) || WEEKS_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}

/** An unsplit 20YYMMDD, as file names and systems write dates. */
function looksLikeDate(body: DigitWindow): boolean {
  if (body.groups.length !== 1 || !body.digits.startsWith('20')) return false;
  const [year, month, day] = [body.digits.slice(0, 4), body.digits.slice(4, 6), body.digits.slice(6, 8)].map(Number);
  return isCalendarDate(year ?? 0, month ?? 0, day ?? 0);
}
