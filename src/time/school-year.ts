/**
 * The school year in Norway and Denmark runs from August to June. We let it begin on
 * 1 August and end on 31 July, so every date belongs to exactly one school year and the
 * summer holiday is split between the two it separates.
 */
import type { IsoDate } from './dates.ts';

/** A school year named as schools write it: '2026/27'. */
export type SchoolYear = `${number}/${number}`;

const SCHOOL_YEAR = /^(\d{4})\/(\d{2})$/;

/** Whether input names a school year: four-digit start year and the next year's last two digits. */
export function isSchoolYear(value: string): value is SchoolYear {
  const match = SCHOOL_YEAR.exec(value);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The school year a date belongs to: from 1 August it is the year starting that autumn. */
export function schoolYearOf(date: IsoDate): SchoolYear {
  const year = Number(date.slice(0, 4));
  const startYear = date.slice(5) >= '08-01' ? year : year - 1;
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` as SchoolYear;
}

/** The first calendar year of a school year ('2026/27' → 2026). */
export function startYearOf(schoolYear: SchoolYear): number {
  return Number(schoolYear.slice(0, 4));
}

/** The dates a school year covers, inclusive: 1 August to 31 July. */
export function schoolYearRange(schoolYear: SchoolYear): { from: IsoDate; to: IsoDate } {
  const year = startYearOf(schoolYear);
  return { from: `${year}-08-01`, to: `${year + 1}-07-31` };
}
