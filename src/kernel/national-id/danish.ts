/**
 * Danish CPR numbers: 10 digits, DDMMYY-SSSS. The first serial digit together with the
 * two-digit year tells the century. Since 2007 the CPR office issues numbers that fail the
 * old mod-11 check, so no check digit is required here.
 *
 * Synthetic numbers add 60 to the day (days 61–91). The CPR office recommends exactly this
 * for replacement numbers ("erstatningspersonnumre", cpr.dk: "første ciffer i fødselsdatoen
 * forhøjes med 6"), and STIL's UNI-Login guidance suggests it for fictitious test CPR numbers:
 * the register never issues a day above 31, so such a number is never a real CPR number.
 * Beware the other side: hospitals and others do give day + 60 replacement numbers to real
 * people without a CPR number, so a day + 60 number met in production may still identify a
 * person. Only data we generated ourselves is known to be fictitious.
 */
import { formatIsoDate, isCalendarDate, pad2, parseIsoDate } from './gregorian-dates.ts';

/** What a valid CPR number says about its holder. */
export interface CprFacts {
  birthDate: string;
  /** Day + 60: never issued by the CPR register. */
  synthetic: boolean;
}

const SYNTHETIC_DAY_OFFSET = 60;

/**
 * Reads a CPR number's birth date and whether it is synthetic, or null when it is not a
 * valid one. Accepts `DDMMYYSSSS` and `DDMMYY-SSSS`.
 */
export function readCpr(text: string): CprFacts | null {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(text);
  if (!match) return null;
  const [, dd, mm, yy, serial] = match.map(String);
  const rawDay = Number(dd);
  const synthetic = rawDay > SYNTHETIC_DAY_OFFSET;
  const day = synthetic ? rawDay - SYNTHETIC_DAY_OFFSET : rawDay;
  const month = Number(mm);
  const year = cprYear(Number(yy), Number(serial?.[0]));
  if (!isCalendarDate(year, month, day)) return null;
  return { birthDate: formatIsoDate(year, month, day), synthetic };
}

/** True for any valid CPR number, real or synthetic. */
export function isValidCpr(text: string): boolean {
  return readCpr(text) !== null;
}

/** True only for valid day + 60 numbers, which the CPR register never issues. */
export function isSyntheticDanishCpr(text: string): boolean {
  return readCpr(text)?.synthetic === true;
}

/**
 * The first serial digits the generator may use for a birth year: 0–3 for 1900–1999 and
 * 4–9 for 2000–2036, so that the number reads back to the same century.
 */
export function cprCenturyDigits(year: number): number[] {
  if (year >= 1900 && year <= 1999) return [0, 1, 2, 3];
  if (year >= 2000 && year <= 2036) return [4, 5, 6, 7, 8, 9];
  throw new RangeError(`No CPR serial digits for birth year ${year}`);
}

/**
 * Builds a synthetic CPR number (day + 60, written without the hyphen) for demo and test
 * people. The serial (0–9999) must read back to the birth century: RangeError otherwise.
 * Its last digit keeps the usual meaning: even for a woman, odd for a man.
 */
export function makeSyntheticDanishCpr(birthDate: string, serial: number): string {
  const { year, month, day } = parseIsoDate(birthDate);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) {
    throw new RangeError(`CPR serial must be 0–9999, not ${serial}`);
  }
  if (cprYear(year % 100, Math.floor(serial / 1000)) !== year) {
    throw new RangeError(`CPR serial ${serial} does not belong to birth year ${year}`);
  }
  return `${day + SYNTHETIC_DAY_OFFSET}${pad2(month)}${pad2(year % 100)}${String(serial).padStart(4, '0')}`;
}

/** The CPR office's century table: first serial digit against the two-digit year. */
function cprYear(yy: number, centuryDigit: number): number {
  if (centuryDigit <= 3) return 1900 + yy;
  if (centuryDigit === 4 || centuryDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}
