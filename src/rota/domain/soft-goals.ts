/**
 * The soft goals of a rota as figures a leader can read, and the one weighted score the solver
 * minimises (the same sum, so the score shown is the score optimised):
 *
 *   fairness × Σ spread (nights, weekends, holidays per FTE, history included)
 * + wishes × (wanted shifts not given + shifts given against a wish)
 * + consecutiveNights × nights beyond the preferred run
 * + wantedStaffing × places short of each shift's wanted number
 */
import type { Staff } from '../schema.ts';
import { shiftsOfPerson, sum, type Assignment } from './checker.ts';
import type { Shift } from './shifts.ts';
import type { Structure } from './structure.ts';

export const CATEGORIES = ['nights', 'weekends', 'holidays'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Spread {
  /** Highest and lowest (history + shifts in the period) / FTE among those who can take such shifts. */
  max: number;
  min: number;
  spread: number;
}

export interface SoftFigures {
  wishesWanted: number;
  wishesMet: number;
  avoidWishesBroken: number;
  spreads: Record<Category, Spread>;
  nightsBeyondPreferred: number;
  placesShortOfWanted: number;
  score: number;
}

export function inCategory(shift: Shift, category: Category): boolean {
  return category === 'nights' ? shift.night : category === 'weekends' ? shift.weekend : shift.holiday;
}

export function historyOf(person: Staff, category: Category): number {
  return person.history[category];
}

/**
 * People who could take at least one shift of the category: the others do not count in its
 * spread. A shift for one person that needs an experienced worker is not open to the others.
 */
export function eligibleFor(structure: Structure, category: Category): number[] {
  return structure.problem.staff.flatMap((person, p) =>
    structure.shifts.some(
      (shift, s) => inCategory(shift, category) && structure.blocked[p]![s] === null && (person.experienced || !shift.needsExperienced || shift.wanted > 1),
    )
      ? [p]
      : [],
  );
}

/** The shifts a wish is about: that date's, or that date's of one template. */
export function wishShifts(structure: Structure, wish: { date: string; template?: string | undefined }): number[] {
  return structure.shifts.flatMap((shift, s) => (shift.date === wish.date && (wish.template === undefined || wish.template === shift.template) ? [s] : []));
}

/** Windows of one more day than the preferred run: the night shifts in each. */
export function preferredRuns(structure: Structure): number[][] {
  const length = structure.problem.rules.preferredConsecutiveNights + 1;
  const runs: number[][] = [];
  for (let first = 0; first + length <= structure.problem.weeks * 7; first++) {
    runs.push(structure.shifts.flatMap((shift, s) => (shift.night && shift.day >= first && shift.day < first + length ? [s] : [])));
  }
  return runs;
}

export function softFigures(structure: Structure, assigned: Assignment): SoftFigures {
  const { problem, shifts } = structure;
  const mine = problem.staff.map((_, p) => shiftsOfPerson(assigned, p));
  let wishesWanted = 0;
  let wishesMet = 0;
  let avoidWishesBroken = 0;
  problem.staff.forEach((person, p) => {
    for (const wish of person.wishes) {
      const matched = wishShifts(structure, wish).filter((s) => mine[p]!.has(s));
      if (wish.kind === 'want') {
        wishesWanted++;
        if (matched.length > 0) wishesMet++;
      } else avoidWishesBroken += matched.length;
    }
  });
  const spreads = Object.fromEntries(CATEGORIES.map((c) => [c, spreadOf(structure, mine, c)])) as Record<Category, Spread>;
  const preferred = problem.rules.preferredConsecutiveNights;
  const nightsBeyondPreferred = sum(preferredRuns(structure).flatMap((run) => mine.map((set) => Math.max(0, run.filter((s) => set.has(s)).length - preferred))));
  const placesShortOfWanted = sum(shifts.map((shift, s) => Math.max(0, shift.wanted - (assigned[s]?.length ?? 0))));
  const w = problem.weights;
  const score =
    w.fairness * sum(CATEGORIES.map((c) => spreads[c].spread)) +
    w.wishes * (wishesWanted - wishesMet + avoidWishesBroken) +
    w.consecutiveNights * nightsBeyondPreferred +
    w.wantedStaffing * placesShortOfWanted;
  return { wishesWanted, wishesMet, avoidWishesBroken, spreads, nightsBeyondPreferred, placesShortOfWanted, score: round(score) };
}

function spreadOf(structure: Structure, mine: Set<number>[], category: Category): Spread {
  const loads = eligibleFor(structure, category).map((p) => {
    const person = structure.problem.staff[p]!;
    const worked = [...mine[p]!].filter((s) => inCategory(structure.shifts[s]!, category)).length;
    return (historyOf(person, category) + worked) / person.fte;
  });
  if (loads.length === 0) return { max: 0, min: 0, spread: 0 };
  const max = Math.max(...loads);
  const min = Math.min(...loads);
  return { max: round(max), min: round(min), spread: round(max - min) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
