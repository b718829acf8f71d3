/**
 * Two constructive rotas, built shift by shift in date order with only legal placements:
 * - `fairGreedy`: gives each place to whoever has the least of that kind of shift per FTE
 *   (history included) and honours wishes where it can; the solver starts from it, so a legal
 *   rota exists within seconds;
 * - `roundRobin`: the next person in the list who may legally take the shift, the way a rota is
 *   often made by hand; the bench's baseline for fairness.
 * Either may leave a place empty where no one can legally take it; the checker then says so.
 */
import { checkRota, type Assignment } from './checker.ts';
import { canTake, emptyPlacement, place, type Placement } from './placement.ts';
import { CATEGORIES, historyOf, inCategory, wishShifts } from './soft-goals.ts';
import type { Structure } from './structure.ts';

export function fairGreedy(structure: Structure, jitter: () => number = () => 0): Assignment {
  const placement = emptyPlacement(structure);
  const wishOf = wishesByPersonAndShift(structure);
  const load = (p: number, s: number) => {
    const person = structure.problem.staff[p]!;
    const shift = structure.shifts[s]!;
    let score = placement.mine[p]!.size / person.fte / 10;
    for (const c of CATEGORIES) {
      if (!inCategory(shift, c)) continue;
      const worked = [...placement.mine[p]!].filter((x) => inCategory(structure.shifts[x]!, c)).length;
      score += (historyOf(person, c) + worked) / person.fte;
    }
    return score - (wishOf.get(`${p}:${s}`) ?? 0) * structure.problem.weights.wishes + jitter();
  };
  fill(placement, (candidates, s) => candidates.sort((a, b) => load(a, s) - load(b, s) || a - b), jitter);
  return placement.assigned;
}

/**
 * The fair greedy rota, and where it leaves places empty, more attempts with the choices and
 * the order of scarce shifts shaken (seeded, so the same problem gives the same rota) until
 * one is legal or the attempts or time run out; the attempt with the fewest gaps wins.
 */
export function constructiveRota(structure: Structure, budget: { attempts: number; milliseconds: number }): Assignment {
  const until = performance.now() + budget.milliseconds;
  const random = seededRandom(structure.shifts.length * 7919 + structure.problem.staff.length);
  let best = fairGreedy(structure);
  let gaps = checkRota(structure, best).length;
  for (let attempt = 1; attempt < budget.attempts && gaps > 0 && performance.now() < until; attempt++) {
    const rota = fairGreedy(structure, () => random() * 1.5);
    const found = checkRota(structure, rota).length;
    if (found < gaps) [best, gaps] = [rota, found];
  }
  return best;
}

/** mulberry32: a small seeded generator, enough to shake a greedy choice. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function roundRobin(structure: Structure): Assignment {
  const placement = emptyPlacement(structure);
  let next = 0;
  const count = structure.problem.staff.length;
  fill(placement, (candidates) => {
    const ordered = candidates.sort((a, b) => ((a - next + count) % count) - ((b - next + count) % count));
    next = ((ordered[0] ?? next) + 1) % count;
    return ordered;
  });
  return placement.assigned;
}

/**
 * First every shift's experienced worker, the scarcest first; then every minimum in date order;
 * then up to the wanted number. Scarce places first leaves the many-handed ones for last.
 */
function fill(placement: Placement, rank: (candidates: number[], shift: number) => number[], jitter: () => number = () => 0): void {
  const { structure } = placement;
  const staff = structure.problem.staff;
  const candidatesOf = (s: number, onlyExperienced: boolean) =>
    staff.flatMap((person, p) => ((!onlyExperienced || person.experienced) && canTake(placement, p, s) ? [p] : []));
  const pick = (s: number, onlyExperienced: boolean) => {
    const [chosen] = rank(candidatesOf(s, onlyExperienced), s);
    if (chosen === undefined) return false;
    place(placement, chosen, s);
    return true;
  };
  const experienced = structure.shifts.flatMap((shift, s) => (shift.needsExperienced ? [s] : []));
  const scarcity = new Map(experienced.map((s) => [s, candidatesOf(s, true).length + jitter()]));
  for (const s of experienced.sort((a, b) => scarcity.get(a)! - scarcity.get(b)! || a - b)) pick(s, true);
  structure.shifts.forEach((shift, s) => {
    while (placement.assigned[s]!.length < shift.min && pick(s, false));
  });
  structure.shifts.forEach((shift, s) => {
    while (placement.assigned[s]!.length < shift.wanted && pick(s, false));
  });
}

/** +1 for a shift a person wants, −1 for one they would rather not have. */
function wishesByPersonAndShift(structure: Structure): Map<string, number> {
  const wishes = new Map<string, number>();
  structure.problem.staff.forEach((person, p) => {
    for (const wish of person.wishes) for (const s of wishShifts(structure, wish)) wishes.set(`${p}:${s}`, wish.kind === 'want' ? 1 : -1);
  });
  return wishes;
}
