/**
 * Valid identity numbers, written the ways people write them, for the guard's tests and its
 * benchmark. The control digits are found by trying each candidate against the kernel's own
 * check, never computed a second time here: a second implementation could share a mistake.
 */
import { cprCenturyDigits, isValidCpr, makeSyntheticDanishCpr } from '../kernel/national-id/danish.ts';
import { pad2, parseIsoDate } from '../kernel/national-id/gregorian-dates.ts';
import {
  isValidNorwegianId,
  makeSyntheticNorwegianId,
  norwegianIndividualRange,
} from '../kernel/national-id/norwegian.ts';

export type NorwegianVariant = 'ordinary' | 'd_number' | 'synthetic';
export type NorwegianLayout = '11' | '6 5' | '6-5' | '6 3 2' | '3 3 3 2';
export type CprLayout = '10' | '6-4' | '6 4' | '2 2 2 4';

export const NORWEGIAN_LAYOUTS: readonly NorwegianLayout[] = ['11', '6 5', '6-5', '6 3 2', '3 3 3 2'];
export const CPR_LAYOUTS: readonly CprLayout[] = ['10', '6-4', '6 4', '2 2 2 4'];

/**
 * A valid Norwegian number for a birth date, or null when this individual number has no valid
 * control digits (about one in six). `individualIndex` picks within the birth century's range.
 */
export function norwegianId(birthDate: string, individualIndex: number, variant: NorwegianVariant): string | null {
  const { year, month, day } = parseIsoDate(birthDate);
  const { from, to } = norwegianIndividualRange(year);
  const individual = from + (individualIndex % (to - from + 1));
  if (variant === 'synthetic') return makeSyntheticNorwegianId(birthDate, individual);
  const date = `${pad2(variant === 'd_number' ? day + 40 : day)}${pad2(month)}${pad2(year % 100)}`;
  const first9 = `${date}${String(individual).padStart(3, '0')}`;
  for (let control = 0; control < 100; control += 1) {
    const candidate = `${first9}${pad2(control)}`;
    if (isValidNorwegianId(candidate)) return candidate;
  }
  return null;
}

/** A valid CPR number (synthetic: day + 60) for a birth date from 1900 to 2036. */
export function cpr(birthDate: string, serialIndex: number, synthetic: boolean): string {
  const { year, month, day } = parseIsoDate(birthDate);
  const centuries = cprCenturyDigits(year);
  const century = centuries[serialIndex % centuries.length] ?? 0;
  const serial = century * 1000 + (Math.floor(serialIndex / centuries.length) % 1000);
  if (synthetic) return makeSyntheticDanishCpr(birthDate, serial);
  const digits = `${pad2(day)}${pad2(month)}${pad2(year % 100)}${String(serial).padStart(4, '0')}`;
  if (!isValidCpr(digits)) throw new RangeError(`Built an invalid CPR number for ${birthDate}`);
  return digits;
}

/** Writes an 11-digit number with the spaces or hyphen of a layout. */
export function layNorwegian(digits: string, layout: NorwegianLayout): string {
  return split(digits, layout);
}

/** Writes a 10-digit CPR number with the spaces or hyphen of a layout. */
export function layCpr(digits: string, layout: CprLayout): string {
  return split(digits, layout);
}

/** Changes the last digit, which always breaks a Norwegian number's second control digit. */
export function withWrongLastDigit(digits: string): string {
  const last = Number(digits.at(-1));
  return `${digits.slice(0, -1)}${(last + 1) % 10}`;
}

function split(digits: string, layout: string): string {
  const separator = layout.includes('-') ? '-' : ' ';
  const sizes = layout.split(/[ -]/).map(Number);
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}
