/**
 * What one period leaves the next: per person the nights, weekends and public holidays worked
 * (added to what they carried in, so fairness counts over the years, not per rota), when their
 * last shift ended (the daily rest runs across the border), and whether they worked the last
 * Sunday (§ 10-10 (3): then they are off the first Sunday of the next).
 */
import type { Staff } from '../schema.ts';
import { CATEGORIES, inCategory } from './soft-goals.ts';
import { overlap, sundayWindows } from './shifts.ts';
import type { Structure } from './structure.ts';

export type History = Staff['history'];

/** Each person's history after the period, by staff id; `assigned[s]` as the checker takes it. */
export function historyAfter(structure: Structure, assigned: number[][]): Map<string, History> {
  const { problem, shifts } = structure;
  const lastSunday = sundayWindows(problem).at(-1)!;
  return new Map(
    problem.staff.map((person, p) => {
      const mine = shifts.filter((_, s) => assigned[s]?.includes(p));
      const counts = Object.fromEntries(CATEGORIES.map((c) => [c, person.history[c] + mine.filter((shift) => inCategory(shift, c)).length])) as Record<(typeof CATEGORIES)[number], number>;
      const lastEnd = Math.max(...mine.map((shift) => shift.end));
      const history: History = {
        ...counts,
        ...(mine.length > 0 ? { lastShiftEnd: new Date(lastEnd).toISOString() } : person.history.lastShiftEnd ? { lastShiftEnd: person.history.lastShiftEnd } : {}),
        workedLastSunday: mine.some((shift) => overlap(shift.start, shift.end, lastSunday.start, lastSunday.end) > 0),
      };
      return [person.id, history];
    }),
  );
}
