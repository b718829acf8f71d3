/**
 * What the rules say about a problem before anyone is placed: who cannot take which shift at
 * all, which pairs of shifts one person cannot both take, and the groups of shifts each limit
 * counts over. The checker and the solver both build on this, so they read every rule alike.
 */
import { timeZoneOf } from '../../time/zone.ts';
import { localInstant } from '../../time/zoned-instant.ts';
import type { RotaProblem, Staff } from '../schema.ts';
import { rulesFor, type CountryRules, type RuleId } from './rules.ts';
import { expandShifts, HOUR, overlap, sundayWindows, weekStarts, type Shift } from './shifts.ts';

export interface Structure {
  problem: RotaProblem;
  rules: CountryRules;
  shifts: Shift[];
  /** blocked[p][s]: why person p can never take shift s (null: nothing stops it on its own). */
  blocked: (RuleId | null)[][];
  /** Pairs [a, b] (a < b) closer than the daily rest, or overlapping: one person takes at most one. */
  restConflicts: [number, number][];
  /** Per shift a: the working hours of every shift inside the 24 hours from a's start. */
  dailyWindows: { anchor: number; parts: { shift: number; hours: number }[] }[];
  /** Per week: candidate free stretches for the weekly rest, each with the shifts that would break it. */
  weeklyRest: { week: number; start: number; shifts: number[] }[][];
  shiftsByWeek: number[][];
  /** Blocks of whole weeks the weekly average is taken over. */
  averagingBlocks: number[][];
  /** Per window of (limit + 1) consecutive days: the night shifts in it. */
  nightRuns: { days: number[]; shifts: number[] }[];
  /** Per week: the shifts that touch its § 10-10 Sunday. */
  sundayShifts: number[][];
}

export function structureOf(problem: RotaProblem): Structure {
  const rules = rulesFor(problem.country, problem.rules);
  const shifts = expandShifts(problem);
  const weeks = weekStarts(problem);
  return {
    problem,
    rules,
    shifts,
    blocked: problem.staff.map((person) => shifts.map((shift) => blockOf(problem, rules, person, shift))),
    restConflicts: restConflicts(shifts, rules.dailyRestHours),
    dailyWindows: shifts.map((a) => ({
      anchor: a.start,
      parts: shifts
        .map((s, index) => ({ shift: index, hours: (overlap(s.start, s.end, a.start, a.start + 24 * HOUR) / (s.end - s.start)) * s.workHours }))
        .filter((part) => part.hours > 0),
    })),
    weeklyRest: weeks.slice(0, -1).map((weekStart, week) => restCandidates(shifts, week, weekStart, weeks[week + 1]!, rules.weeklyRestHours)),
    shiftsByWeek: weeks.slice(0, -1).map((_, week) => indicesWhere(shifts, (s) => s.week === week)),
    averagingBlocks: blocksOf(problem.weeks, rules.averagingWeeks),
    nightRuns: nightRuns(shifts, problem.weeks * 7, rules.maxConsecutiveNights),
    sundayShifts: sundayWindows(problem).map((w) => indicesWhere(shifts, (s) => overlap(s.start, s.end, w.start, w.end) > 0)),
  };
}

/** The rules that rule a person out of a shift on their own: availability, history, length. */
function blockOf(problem: RotaProblem, rules: CountryRules, person: Staff, shift: Shift): RuleId | null {
  if (unavailable(problem, person, shift)) return 'availability';
  const last = person.history.lastShiftEnd ? Date.parse(person.history.lastShiftEnd) : null;
  if (last !== null && shift.start < last + rules.dailyRestHours * HOUR) return 'daily_rest';
  if (rules.dailyWorkHours !== null && shift.workHours > rules.dailyWorkHours + 1e-9) return 'daily_work';
  if (!rules.nightWorkAveraged && shift.night && shift.workHours > rules.nightWorkHours + 1e-9) return 'night_work_length';
  if (rules.sundayRest && person.history.workedLastSunday && shift.week === 0 && touchesFirstSunday(problem, shift)) return 'sunday_rest';
  return null;
}

function touchesFirstSunday(problem: RotaProblem, shift: Shift): boolean {
  const [first] = sundayWindows({ ...problem, weeks: 1 });
  return overlap(shift.start, shift.end, first!.start, first!.end) > 0;
}

function unavailable(problem: RotaProblem, person: Staff, shift: Shift): boolean {
  if (person.unavailableWeekdays.some((d) => d === isoWeekdayOfDay(shift.day))) return true;
  const zone = timeZoneOf(problem.country);
  return person.unavailable.some((u) => {
    const from = localInstant(u.date, u.from ?? '00:00', zone).getTime();
    const to = u.to ? localInstant(u.date, u.to, zone).getTime() : localInstant(u.date, '00:00', zone).getTime() + 24 * HOUR;
    return overlap(shift.start, shift.end, from, to) > 0;
  });
}

/** The period starts on a Monday, so day 0 is ISO weekday 1. */
function isoWeekdayOfDay(day: number): number {
  return (day % 7) + 1;
}

function restConflicts(shifts: Shift[], restHours: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < shifts.length; a++) {
    for (let b = a + 1; b < shifts.length; b++) {
      const x = shifts[a]!;
      const y = shifts[b]!;
      const tooClose = y.start < x.end + restHours * HOUR && x.start < y.end + restHours * HOUR;
      if (tooClose) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** A free stretch starts at the week's start or when some shift ends; it must fit in the week. */
function restCandidates(shifts: Shift[], week: number, weekStart: number, weekEnd: number, hours: number) {
  const starts = [...new Set([weekStart, ...shifts.map((s) => s.end).filter((t) => t > weekStart && t + hours * HOUR <= weekEnd)])].sort((a, b) => a - b);
  return starts.map((start) => ({ week, start, shifts: indicesWhere(shifts, (s) => overlap(s.start, s.end, start, start + hours * HOUR) > 0) }));
}

function blocksOf(weeks: number, size: number): number[][] {
  const blocks: number[][] = [];
  for (let first = 0; first < weeks; first += size) blocks.push(Array.from({ length: Math.min(size, weeks - first) }, (_, i) => first + i));
  return blocks;
}

function nightRuns(shifts: Shift[], days: number, limit: number): { days: number[]; shifts: number[] }[] {
  const runs: { days: number[]; shifts: number[] }[] = [];
  for (let first = 0; first + limit < days; first++) {
    const window = Array.from({ length: limit + 1 }, (_, i) => first + i);
    runs.push({ days: window, shifts: indicesWhere(shifts, (s) => s.night && window.includes(s.day)) });
  }
  return runs;
}

function indicesWhere<T>(items: T[], keep: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (keep(item) ? [index] : []));
}
