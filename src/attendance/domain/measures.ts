/**
 * Counting one pupil's absences for one rule: the figure a flag shows ("7 days in the last
 * 15 weeks"). Only the rule's kinds and only school days in the window count; a record on a
 * closed day never reaches here (the import refuses it).
 */
import type { IsoDate } from '../../time/dates.ts';
import type { Absence } from './absence.ts';
import type { GuidelineRule } from './guideline.ts';

/** The figure behind a rule for one pupil, and the school days it was counted over. */
export interface Figure {
  value: number;
  schoolDays: number;
}

/** Counts `absences` (one pupil's) over `schoolDays` (the window's open days, in order) as `rule` says. */
export function measure(
  rule: Pick<GuidelineRule, 'measure' | 'kinds'>,
  absences: readonly Absence[],
  schoolDays: readonly IsoDate[],
  dayMinutes: number,
): Figure {
  const open = new Set(schoolDays);
  const counted = absences.filter((absence) => open.has(absence.date) && rule.kinds.includes(absence.kind));
  const wholeDays = new Set(counted.filter((absence) => absence.lesson === null).map((absence) => absence.date));
  const value = valueOf(rule.measure, counted, wholeDays, schoolDays, dayMinutes);
  return { value, schoolDays: schoolDays.length };
}

function valueOf(
  kind: GuidelineRule['measure'],
  counted: readonly Absence[],
  wholeDays: ReadonlySet<IsoDate>,
  schoolDays: readonly IsoDate[],
  dayMinutes: number,
): number {
  switch (kind) {
    case 'days':
      return wholeDays.size;
    case 'single_days':
      return schoolDays.filter((day, i) => wholeDays.has(day) && !wholeDays.has(schoolDays[i - 1] ?? '') && !wholeDays.has(schoolDays[i + 1] ?? '')).length;
    case 'lessons':
      return counted.filter((absence) => absence.lesson !== null).length;
    case 'occurrences':
      return counted.length;
    case 'percent':
      return percentMissed(counted, schoolDays.length, dayMinutes);
    case 'days_in_a_row':
      return longestRun(schoolDays, wholeDays);
  }
}

/**
 * School time missed as a percentage, unrounded so 9.96 % is not read as 10 %: minutes per day
 * are capped at the day's length, so a whole day and a late arrival on one day are not more.
 */
function percentMissed(counted: readonly Absence[], schoolDays: number, dayMinutes: number): number {
  if (schoolDays === 0) return 0;
  const perDay = new Map<IsoDate, number>();
  for (const absence of counted) perDay.set(absence.date, (perDay.get(absence.date) ?? 0) + absence.minutes);
  let missed = 0;
  for (const minutes of perDay.values()) missed += Math.min(minutes, dayMinutes);
  return (100 * missed) / (schoolDays * dayMinutes);
}

/** The longest run of absent school days; a weekend or holiday between two of them does not break it. */
function longestRun(schoolDays: readonly IsoDate[], absent: ReadonlySet<IsoDate>): number {
  let longest = 0;
  let run = 0;
  for (const day of schoolDays) {
    run = absent.has(day) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
