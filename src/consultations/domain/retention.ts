/**
 * How long anonymous and group consultations are kept: to the end of the school year after
 * next by default (a concern raised in 2026/27 is kept until 31 July 2029), then deleted with
 * only counts left. The number of school years after the one it was held in is configurable.
 */
import type { IsoDate } from '../../time/dates.ts';
import { schoolYearOf, schoolYearRange, startYearOf, type SchoolYear } from '../../time/school-year.ts';

/** "The school year after next": two full school years after the one the consultation was held in. */
export const DEFAULT_RETENTION_SCHOOL_YEARS = 2;

/** The last day a consultation held on `heldOn` is kept. */
export function keptUntil(heldOn: IsoDate, schoolYears = DEFAULT_RETENTION_SCHOOL_YEARS): IsoDate {
  return schoolYearRange(shift(schoolYearOf(heldOn), schoolYears)).to;
}

/**
 * On `today`, records of school years before the returned one are past retention. Lets the job
 * select by the stored school year, so a changed setting applies to records already kept.
 */
export function oldestKeptSchoolYear(today: IsoDate, schoolYears = DEFAULT_RETENTION_SCHOOL_YEARS): SchoolYear {
  return shift(schoolYearOf(today), -schoolYears);
}

function shift(year: SchoolYear, by: number): SchoolYear {
  const start = startYearOf(year) + by;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}` as SchoolYear;
}

/** Reads TIDLIG_RETENTION_SCHOOL_YEARS: a whole number of school years from 0 to 10, default 2. */
export function retentionYearsFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_SCHOOL_YEARS;
  const years = Number(value);
  if (!Number.isInteger(years) || years < 0 || years > 10) {
    throw new RangeError('TIDLIG_RETENTION_SCHOOL_YEARS must be a whole number of school years from 0 to 10.');
  }
  return years;
}
