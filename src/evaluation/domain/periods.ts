/**
 * The periods an outcome is counted over: quarters (`2026-Q3`), months (`2026-09`) and school
 * terms (`2026-T1`). A term is half a school year as `src/time/school-year.ts` draws it: T1 is
 * the autumn term, 1 August to 31 December of the year named; T2 the spring term, 1 January to
 * 31 July of the year after. So `2026-T1` and `2026-T2` make up school year 2026/27, and the
 * name's year is the school year's first year, as in '2026/27'.
 *
 * Each period maps to a whole number (its ordinal) so that "the period before" is `ordinal - 1`
 * within one granularity.
 */
import type { IsoDate } from '../../time/dates.ts';
import { schoolYearOf, startYearOf } from '../../time/school-year.ts';

export type Granularity = 'month' | 'quarter' | 'term';

export interface Period {
  granularity: Granularity;
  ordinal: number;
}

const PATTERNS: { granularity: Granularity; pattern: RegExp; perYear: number }[] = [
  { granularity: 'month', pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, perYear: 12 },
  { granularity: 'quarter', pattern: /^(\d{4})-Q([1-4])$/, perYear: 4 },
  { granularity: 'term', pattern: /^(\d{4})-T([12])$/, perYear: 2 },
];

const PER_YEAR: Record<Granularity, number> = { month: 12, quarter: 4, term: 2 };

/** The period a label names, or null when it is none of the three forms. */
export function parsePeriod(label: string): Period | null {
  for (const { granularity, pattern, perYear } of PATTERNS) {
    const match = pattern.exec(label);
    if (match) return { granularity, ordinal: Number(match[1]) * perYear + Number(match[2]) - 1 };
  }
  return null;
}

export function formatPeriod({ granularity, ordinal }: Period): string {
  const year = Math.floor(ordinal / PER_YEAR[granularity]);
  const within = (ordinal % PER_YEAR[granularity]) + 1;
  if (granularity === 'month') return `${year}-${String(within).padStart(2, '0')}`;
  return `${year}-${granularity === 'quarter' ? 'Q' : 'T'}${within}`;
}

/** The period a date falls in. */
export function periodOf(date: IsoDate, granularity: Granularity): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (granularity === 'month') return { granularity, ordinal: year * 12 + month - 1 };
  if (granularity === 'quarter') return { granularity, ordinal: year * 4 + Math.floor((month - 1) / 3) };
  const schoolYearStart = startYearOf(schoolYearOf(date));
  return { granularity, ordinal: schoolYearStart * 2 + (month >= 8 ? 0 : 1) };
}

/** The first day of a period. */
export function firstDayOf({ granularity, ordinal }: Period): IsoDate {
  const year = Math.floor(ordinal / PER_YEAR[granularity]);
  const within = ordinal % PER_YEAR[granularity];
  const month = granularity === 'month' ? within + 1 : granularity === 'quarter' ? within * 3 + 1 : within === 0 ? 8 : 1;
  const calendarYear = granularity === 'term' && within === 1 ? year + 1 : year;
  return `${calendarYear}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The first period a unit counts as started in, when it starts on a date: the period holding
 * the date if it starts on that period's first day, else the next one, so no period is half
 * before and half after.
 */
export function firstFullPeriodFrom(date: IsoDate, granularity: Granularity): Period {
  const holding = periodOf(date, granularity);
  return firstDayOf(holding) === date ? holding : { granularity, ordinal: holding.ordinal + 1 };
}
