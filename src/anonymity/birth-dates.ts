/**
 * Full dates of birth ("født 29.02.2020", "fødd 3. mars 2019", "born 2020-02-29"): with the
 * class or the school, a birth date points at one child as surely as an identity number, whose
 * first six digits it is.
 *
 * The rule: a full date (day, month and year; the year may be written with two digits) is a
 * birth date when a birth word stands just before it in the same sentence ("født", "fødd",
 * "født den", "fødselsdato:", "f.", "born", "date of birth"). A date without such a word is not
 * refused: agendas, bookings and notes are full of meeting days ("møte 29.02.2028", "siden
 * 12.03.2025"), and refusing those would teach writers to ignore the guard. A year alone
 * ("født i 2020") or a day without a year ("født 29. februar") is not a full date.
 */
import { isCalendarDate } from '../kernel/national-id/gregorian-dates.ts';
import { findingAt, type Finding } from './finding.ts';

/** Month names and their usual short forms in bokmål, nynorsk, Danish and English, by month number. */
const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  mars: 3, marts: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, maj: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

// The words that make the date after them a birth date; at most a few filler words between
// ("født den", "fødd i", "født ca."), never a sentence end.
const BIRTH_WORD =
  /(?<![\p{L}\p{N}])(?:født|fødd|fodt|fodd|fødselsdato|fødselsdag|fødselsdagen|fødsel|f\.|born|birthday|date of birth|dob|d\.o\.b\.)(?:[ \t\u00A0:,]+(?:den|d\.|på|pa|i|on|the|ca\.?|omkring))*[ \t\u00A0:,]*$/iu;
const BIRTH_WINDOW = 30;

const NUMERIC_DATE = /(?<![\p{L}\p{N}.\/-])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\p{N}]|[./-]\d)/gu;
const ISO_DATE = /(?<![\p{L}\p{N}.\/-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|[./-]\d)/gu;
const WORD_DATE = /(?<![\p{L}\p{N}])(\d{1,2})\.?[ \u00A0]+(\p{L}+)\.?[ \u00A0]+(\d{4})(?!\p{N})/gu;
const ENGLISH_DATE = /(?<![\p{L}\p{N}])(\p{L}+)\.?[ \u00A0]+(\d{1,2})(?:st|nd|rd|th)?,?[ \u00A0]+(\d{4})(?!\p{N})/gu;

/** Every full date in the text that a birth word stands just before. */
export function findBirthDates(text: string): Finding[] {
  return fullDates(text)
    .filter(({ start }) => BIRTH_WORD.test(text.slice(Math.max(0, start - BIRTH_WINDOW), start)))
    .map(({ start, end }) => findingAt(text, 'birth_date', start, end));
}

interface DateSpan {
  start: number;
  end: number;
}

/** Every span that reads as a real calendar day with a year, in any of the usual ways of writing one. */
export function fullDates(text: string): DateSpan[] {
  const spans: DateSpan[] = [];
  const add = (match: RegExpMatchArray, year: number, month: number | undefined, day: number) => {
    if (month === undefined || !isCalendarDate(year, month, day)) return;
    spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) add(m, fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(ISO_DATE)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(WORD_DATE)) add(m, Number(m[3]), MONTHS[(m[2] ?? '').toLowerCase()], Number(m[1]));
  for (const m of text.matchAll(ENGLISH_DATE)) add(m, Number(m[3]), MONTHS[(m[1] ?? '').toLowerCase()], Number(m[2]));
  return spans;
}

// A two-digit year in a birth date is a child's or a parent's: 00–29 this century, else the last.
function fullYear(written: string): number {
  const year = Number(written);
  if (written.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}
