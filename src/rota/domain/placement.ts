/**
 * Whether one more shift can go to a person without breaking a hard rule, looking only at the
 * rules that shift takes part in, so a constructive rota is built in milliseconds. The full
 * checker (checker.ts) still has the last word on the finished rota.
 */
import type { Assignment } from './checker.ts';
import { restOpen } from './checker.ts';
import type { RuleId } from './rules.ts';
import type { Structure } from './structure.ts';

export interface Placement {
  structure: Structure;
  assigned: Assignment;
  /** mine[p]: the shifts person p has. */
  mine: Set<number>[];
}

interface Index {
  conflicts: number[][];
  windowsOf: number[][];
  restOf: { week: number; candidates: { start: number; shifts: number[] }[] }[][];
  runsOf: number[][];
  sundaysOf: number[][];
}

const indexes = new WeakMap<Structure, Index>();

export function emptyPlacement(structure: Structure): Placement {
  return { structure, assigned: structure.shifts.map(() => []), mine: structure.problem.staff.map(() => new Set()) };
}

export function place(placement: Placement, p: number, s: number): void {
  placement.assigned[s]!.push(p);
  placement.mine[p]!.add(s);
}

export function canTake(placement: Placement, p: number, s: number): boolean {
  return !placement.mine[p]!.has(s) && blockingRule(placement, p, s) === null;
}

/** The first rule that stops person p from taking shift s as the rota stands, or null. */
export function blockingRule(placement: Placement, p: number, s: number): RuleId | null {
  const { structure, mine } = placement;
  const { rules, shifts } = structure;
  const have = mine[p]!;
  const blocked = structure.blocked[p]![s];
  if (blocked) return blocked;
  const index = indexOf(structure);
  if (index.conflicts[s]!.some((other) => have.has(other))) return 'daily_rest';
  const with_ = (t: number) => t === s || have.has(t);
  if (rules.dailyWorkHours !== null) {
    for (const w of index.windowsOf[s]!) {
      const hours = structure.dailyWindows[w]!.parts.filter((part) => with_(part.shift)).reduce((t, part) => t + part.hours, 0);
      if (hours > rules.dailyWorkHours + 1e-6) return 'daily_work';
    }
  }
  for (const { candidates } of index.restOf[s]!) {
    if (!candidates.some((c) => restOpen(structure, p, c.start) && c.shifts.every((t) => !with_(t)))) return 'weekly_rest';
  }
  const week = shifts[s]!.week;
  const weekHours = structure.shiftsByWeek[week]!.filter(with_).reduce((t, x) => t + shifts[x]!.workHours, 0);
  if (rules.weeklyWorkHours !== null && weekHours > rules.weeklyWorkHours + 1e-6) return 'weekly_work';
  const block = structure.averagingBlocks.find((b) => b.includes(week))!;
  const blockHours = block.flatMap((w) => structure.shiftsByWeek[w]!).filter(with_).reduce((t, x) => t + shifts[x]!.workHours, 0);
  if (blockHours / block.length > rules.weeklyAverageHours + 1e-6) return 'weekly_work_average';
  if (rules.nightWorkAveraged && shifts[s]!.night) {
    const nights = [...have, s].filter((x) => shifts[x]!.night);
    if (nights.reduce((t, x) => t + shifts[x]!.workHours, 0) / nights.length > rules.nightWorkHours + 1e-6) return 'night_work_length';
  }
  for (const r of index.runsOf[s]!) if (structure.nightRuns[r]!.shifts.filter(with_).length > rules.maxConsecutiveNights) return 'consecutive_nights';
  if (rules.sundayRest) {
    for (const w of index.sundaysOf[s]!) {
      const touches = (week: number | undefined) => week !== undefined && (structure.sundayShifts[week] ?? []).some((x) => x !== s && have.has(x));
      if (touches(w - 1) || touches(w + 1)) return 'sunday_rest';
    }
  }
  return null;
}

function indexOf(structure: Structure): Index {
  const known = indexes.get(structure);
  if (known) return known;
  const n = structure.shifts.length;
  const conflicts: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of structure.restConflicts) {
    conflicts[a]!.push(b);
    conflicts[b]!.push(a);
  }
  const index: Index = {
    conflicts,
    windowsOf: Array.from({ length: n }, (_, s) => structure.dailyWindows.flatMap((w, i) => (w.parts.some((part) => part.shift === s) ? [i] : []))),
    restOf: Array.from({ length: n }, (_, s) =>
      structure.weeklyRest.flatMap((candidates, week) => (candidates.some((c) => c.shifts.includes(s)) ? [{ week, candidates }] : [])),
    ),
    runsOf: Array.from({ length: n }, (_, s) => structure.nightRuns.flatMap((run, i) => (run.shifts.includes(s) ? [i] : []))),
    sundaysOf: Array.from({ length: n }, (_, s) => structure.sundayShifts.flatMap((shifts, w) => (shifts.includes(s) ? [w] : []))),
  };
  indexes.set(structure, index);
  return index;
}
