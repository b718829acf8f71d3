/**
 * Checks any rota against every hard rule and says what is wrong as data: the rule and its
 * paragraph, the people, the shifts, the dates, and the figures (what there is, what the limit is).
 * The solver's answers, a leader's manual edits and a file read by the CLI all go through here.
 */
import type { RuleId, RuleSource } from './rules.ts';
import type { Structure } from './structure.ts';

/** assigned[s]: the indices of the staff on shift s. */
export type Assignment = number[][];

export interface Violation {
  rule: RuleId;
  source: RuleSource;
  people: string[];
  shifts: string[];
  dates: string[];
  /** The figure found and the limit it breaks, where the rule has one (hours, counts). */
  found?: number;
  limit?: number;
}

const EPSILON = 1e-6;

export function checkRota(structure: Structure, assigned: Assignment): Violation[] {
  return [...staffingViolations(structure, assigned), ...structure.problem.staff.flatMap((_, p) => personViolations(structure, assigned, p))];
}

/** The shift indices each person works, in shift order. */
export function shiftsOfPerson(assigned: Assignment, person: number): Set<number> {
  const mine = new Set<number>();
  assigned.forEach((people, shift) => {
    if (people.includes(person)) mine.add(shift);
  });
  return mine;
}

function staffingViolations(structure: Structure, assigned: Assignment): Violation[] {
  const { shifts, problem } = structure;
  return shifts.flatMap((shift, s) => {
    const people = assigned[s] ?? [];
    const found: Violation[] = [];
    if (people.length < shift.min) found.push(violation(structure, 'coverage', [], [s], { found: people.length, limit: shift.min }));
    if (shift.needsExperienced && !people.some((p) => problem.staff[p]!.experienced)) found.push(violation(structure, 'experienced', [], [s]));
    return found;
  });
}

/** A person's violations; exported so a single edit can be checked for the people it touches. */
export function personViolations(structure: Structure, assigned: Assignment, p: number): Violation[] {
  const { rules, shifts } = structure;
  const mine = shiftsOfPerson(assigned, p);
  const found: Violation[] = [];
  const add = (rule: RuleId, s: number[], figures: { found?: number; limit?: number } = {}) => found.push(violation(structure, rule, [p], s, figures));

  for (const s of mine) {
    const block = structure.blocked[p]![s];
    if (block) add(block, [s]);
  }
  for (const [a, b] of structure.restConflicts) if (mine.has(a) && mine.has(b)) add('daily_rest', [a, b]);
  if (rules.dailyWorkHours !== null) {
    for (const window of structure.dailyWindows) {
      const parts = window.parts.filter((part) => mine.has(part.shift));
      const hours = sum(parts.map((part) => part.hours));
      if (parts.length > 1 && hours > rules.dailyWorkHours + EPSILON) add('daily_work', parts.map((part) => part.shift), { found: hours, limit: rules.dailyWorkHours });
    }
  }
  structure.weeklyRest.forEach((candidates, week) => {
    const free = candidates.some((c) => restOpen(structure, p, c.start) && c.shifts.every((s) => !mine.has(s)));
    if (!free) add('weekly_rest', structure.shiftsByWeek[week]!.filter((s) => mine.has(s)), { limit: rules.weeklyRestHours });
  });
  for (const week of structure.shiftsByWeek) {
    const worked = week.filter((s) => mine.has(s));
    const hours = sum(worked.map((s) => shifts[s]!.workHours));
    if (rules.weeklyWorkHours !== null && hours > rules.weeklyWorkHours + EPSILON) add('weekly_work', worked, { found: hours, limit: rules.weeklyWorkHours });
  }
  for (const block of structure.averagingBlocks) {
    const worked = block.flatMap((w) => structure.shiftsByWeek[w]!).filter((s) => mine.has(s));
    const average = sum(worked.map((s) => shifts[s]!.workHours)) / block.length;
    if (average > rules.weeklyAverageHours + EPSILON) add('weekly_work_average', worked, { found: average, limit: rules.weeklyAverageHours });
  }
  if (rules.nightWorkAveraged) {
    const nights = [...mine].filter((s) => shifts[s]!.night);
    const average = sum(nights.map((s) => shifts[s]!.workHours)) / Math.max(1, nights.length);
    if (average > rules.nightWorkHours + EPSILON) add('night_work_length', nights, { found: average, limit: rules.nightWorkHours });
  }
  for (const run of structure.nightRuns) {
    const worked = run.shifts.filter((s) => mine.has(s));
    if (worked.length > rules.maxConsecutiveNights) add('consecutive_nights', worked, { found: worked.length, limit: rules.maxConsecutiveNights });
  }
  if (rules.sundayRest) {
    for (let w = 0; w + 1 < structure.sundayShifts.length; w++) {
      const first = structure.sundayShifts[w]!.filter((s) => mine.has(s));
      const next = structure.sundayShifts[w + 1]!.filter((s) => mine.has(s));
      if (first.length > 0 && next.length > 0) add('sunday_rest', [...first, ...next]);
    }
  }
  return found;
}

/** A free stretch cannot begin before the person's last shift of the previous period ended. */
export function restOpen(structure: Structure, p: number, start: number): boolean {
  const last = structure.problem.staff[p]!.history.lastShiftEnd;
  return last === undefined || Date.parse(last) <= start;
}

function violation(structure: Structure, rule: RuleId, people: number[], shifts: number[], figures: { found?: number; limit?: number } = {}): Violation {
  const found: Violation = {
    rule,
    source: structure.rules.sources[rule],
    people: people.map((p) => structure.problem.staff[p]!.id),
    shifts: shifts.map((s) => structure.shifts[s]!.id),
    dates: [...new Set(shifts.map((s) => structure.shifts[s]!.date))].sort(),
  };
  if (figures.found !== undefined) found.found = round(figures.found);
  if (figures.limit !== undefined) found.limit = figures.limit;
  return found;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
