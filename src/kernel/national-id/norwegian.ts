/**
 * Norwegian national identity numbers: 11 digits, DDMMYY III K1 K2, where III is the
 * individual number (its range tells the century) and K1, K2 are mod-11 control digits.
 *
 * Variants that keep the same check digits and are accepted here:
 * - D-number (foreigners without a birth number): day + 40.
 * - H-number (health services' help number): month + 40. NAV's test data (Dolly) also uses
 *   month + 40, so a month + 40 number is *not* treated as synthetic: it may be a real person.
 * - Synthetic test number (Skatteetaten's Tenor test data): month + 80, alone or on a D-number.
 *   The Population Register never issues a month above 12, so such a number cannot belong to a
 *   real person; that is why demo data uses it.
 *
 * Not covered: FH-numbers (first digit 8 or 9, no birth date) and the control-digit rule the
 * register will use from 2032, when K1 may take further values; update this file then.
 */
import { formatIsoDate, isCalendarDate, pad2, parseIsoDate } from './gregorian-dates.ts';

export type NorwegianIdKind = 'ordinary' | 'd_number' | 'h_number';

/** What a valid number says about its holder. */
export interface NorwegianIdFacts {
  birthDate: string;
  kind: NorwegianIdKind;
  /** Month + 80: a test number that the Population Register never issues. */
  synthetic: boolean;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
const SYNTHETIC_MONTH_OFFSET = 80;

/**
 * Reads a number's birth date and kind, or null when it is not a valid number. Validation
 * and the anonymity guard both need to know *what* a number is, not only whether it is one.
 */
export function readNorwegianId(digits: string): NorwegianIdFacts | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const numbers = [...digits].map(Number);
  const k1 = controlDigit(numbers.slice(0, 9), K1_WEIGHTS);
  const k2 = controlDigit(numbers.slice(0, 10), K2_WEIGHTS);
  if (k1 !== numbers[9] || k2 !== numbers[10]) return null;

  const rawDay = Number(digits.slice(0, 2));
  const rawMonth = Number(digits.slice(2, 4));
  const dNumber = rawDay > 40;
  const synthetic = rawMonth > SYNTHETIC_MONTH_OFFSET;
  const hNumber = !synthetic && rawMonth > 40;
  if (dNumber && hNumber) return null;

  const day = dNumber ? rawDay - 40 : rawDay;
  const month = synthetic ? rawMonth - SYNTHETIC_MONTH_OFFSET : hNumber ? rawMonth - 40 : rawMonth;
  const year = birthYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
  if (year === null || !isCalendarDate(year, month, day)) return null;

  const kind: NorwegianIdKind = dNumber ? 'd_number' : hNumber ? 'h_number' : 'ordinary';
  return { birthDate: formatIsoDate(year, month, day), kind, synthetic };
}

/** True for any valid Norwegian number, real or synthetic: the check a form field needs. */
export function isValidNorwegianId(digits: string): boolean {
  return readNorwegianId(digits) !== null;
}

/** True only for valid test numbers (month + 80), which can never identify a real person. */
export function isSyntheticNorwegianId(digits: string): boolean {
  return readNorwegianId(digits)?.synthetic === true;
}

/**
 * The individual numbers the generator draws from for a birth year: 000–499 for 1900–1999,
 * 500–999 for 2000–2039. (The register also uses 900–999 for 1940–1999; validation accepts
 * that, but one range per century keeps generated numbers plainly ordinary.)
 */
export function norwegianIndividualRange(year: number): { from: number; to: number } {
  if (year >= 1900 && year <= 1999) return { from: 0, to: 499 };
  if (year >= 2000 && year <= 2039) return { from: 500, to: 999 };
  throw new RangeError(`No individual-number range for birth year ${year}`);
}

/**
 * Builds a synthetic number (month + 80) for demo and test people, so that no real person's
 * number is ever stored by mistake. About one individual number in six gives a control digit
 * of 10, which no valid number can have: then this returns null and the caller tries the next
 * individual number. The individual number must fit the birth century (RangeError otherwise).
 */
export function makeSyntheticNorwegianId(birthDate: string, individual: number): string | null {
  const { year, month, day } = parseIsoDate(birthDate);
  if (!Number.isInteger(individual) || individual < 0 || individual > 999) {
    throw new RangeError(`Individual number must be 0–999, not ${individual}`);
  }
  if (birthYear(year % 100, individual) !== year) {
    throw new RangeError(`Individual number ${individual} does not belong to birth year ${year}`);
  }
  const date = `${pad2(day)}${pad2(month + SYNTHETIC_MONTH_OFFSET)}${pad2(year % 100)}`;
  const first9 = `${date}${String(individual).padStart(3, '0')}`;
  const k1 = controlDigit([...first9].map(Number), K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = controlDigit([...first9, String(k1)].map(Number), K2_WEIGHTS);
  if (k2 === null) return null;
  return `${first9}${k1}${k2}`;
}

/** Mod-11 control digit; null where the remainder would give 10, which is never issued. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  const control = (11 - (sum % 11)) % 11;
  return control === 10 ? null : control;
}

/** The century follows from the individual number together with the two-digit year. */
function birthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  return null;
}
