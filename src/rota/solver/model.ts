/**
 * The rota as a mixed-integer program in CPLEX LP text, which HiGHS reads. One binary
 * x_p_s per person and shift they are not ruled out of; every hard rule of structure.ts is a
 * row (rows that cannot bind are left out); the soft goals are the objective of soft-goals.ts.
 *
 * Coverage and the experienced worker are elastic: a slack priced far above every soft goal
 * lets the program stay feasible, so "no legal rota" is an optimum with slack left over, and
 * that optimum is the smallest shortfall the explanation then describes.
 */
import { restOpen } from '../domain/checker.ts';
import { CATEGORIES, eligibleFor, historyOf, inCategory, preferredRuns, wishShifts, type Category } from '../domain/soft-goals.ts';
import { spreadBounds } from '../domain/spread-bound.ts';
import type { Structure } from '../domain/structure.ts';

export const SLACK_PRICE = 1000;

export interface Program {
  lp: string;
  /** Added to the objective's value to give the score of soft-goals.ts (wishes no shift can meet). */
  constant: number;
  /**
   * No legal rota scores above this; so a proven bound above it proves that none exists
   * (every rota then leaves a place uncovered).
   */
  softCeiling: number;
  /** The x columns by name, for reading a solution back and for a starting solution. */
  x: Map<string, { p: number; s: number }>;
}

export const xName = (p: number, s: number) => `x_${p}_${s}`;

export function buildProgram(structure: Structure): Program {
  const { problem, shifts, rules } = structure;
  const has = (p: number, s: number) => structure.blocked[p]![s] === null;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const x = new Map<string, { p: number; s: number }>();
  const w = problem.weights;
  let constant = 0;
  let softCeiling = 0;
  const term = (coef: number, name: string) => `${coef >= 0 ? '+' : '-'} ${Math.abs(coef)} ${name}`;
  const row = (name: string, terms: string[], sense: string, rhs: number) => {
    if (terms.length > 0) rows.push(` ${name}: ${terms.join(' ')} ${sense} ${rhs}`);
  };

  problem.staff.forEach((_, p) =>
    shifts.forEach((_, s) => {
      if (!has(p, s)) return;
      x.set(xName(p, s), { p, s });
      binaries.push(xName(p, s));
    }),
  );
  const xs = (s: number, keep: (p: number) => boolean = () => true) => problem.staff.flatMap((_, p) => (has(p, s) && keep(p) ? [xName(p, s)] : []));

  // Staffing: min (elastic) ≤ staff ≤ wanted; one experienced (elastic); short of wanted costs.
  shifts.forEach((shift, s) => {
    const on = xs(s);
    row(`cover_${s}`, [...on.map((n) => term(1, n)), term(1, `u_${s}`)], '>=', shift.min);
    row(`wanted_${s}`, on.map((n) => term(1, n)), '<=', shift.wanted);
    row(`short_${s}`, [...on.map((n) => term(1, n)), term(1, `short_${s}`)], '>=', shift.wanted);
    objective.push(term(SLACK_PRICE, `u_${s}`), term(w.wantedStaffing, `short_${s}`));
    softCeiling += w.wantedStaffing * shift.wanted;
    if (shift.needsExperienced) {
      row(`exp_${s}`, [...xs(s, (p) => problem.staff[p]!.experienced).map((n) => term(1, n)), term(1, `v_${s}`)], '>=', 1);
      objective.push(term(SLACK_PRICE, `v_${s}`));
    }
  });

  problem.staff.forEach((person, p) => {
    const mine = (list: number[]) => list.filter((s) => has(p, s));
    for (const [a, b] of structure.restConflicts) if (has(p, a) && has(p, b)) row(`rest_${p}_${a}_${b}`, [term(1, xName(p, a)), term(1, xName(p, b))], '<=', 1);
    if (rules.dailyWorkHours !== null) {
      structure.dailyWindows.forEach((window, a) => {
        const parts = window.parts.filter((part) => has(p, part.shift));
        if (parts.reduce((t, part) => t + part.hours, 0) > rules.dailyWorkHours!) row(`day_${p}_${a}`, parts.map((part) => term(part.hours, xName(p, part.shift))), '<=', rules.dailyWorkHours!);
      });
    }
    structure.weeklyRest.forEach((candidates, week) => {
      const open = candidates.filter((c) => restOpen(structure, p, c.start));
      if (open.some((c) => mine(c.shifts).length === 0)) return;
      const r = open.map((_, k) => `r_${p}_${week}_${k}`);
      binaries.push(...r);
      row(`wrest_${p}_${week}`, r.map((n) => term(1, n)), '>=', 1);
      open.forEach((c, k) => {
        const on = mine(c.shifts);
        row(`wrest_${p}_${week}_${k}`, [...on.map((s) => term(1, xName(p, s))), term(on.length, r[k]!)], '<=', on.length);
      });
    });
    structure.shiftsByWeek.forEach((week, i) => {
      const on = mine(week);
      const hours = on.reduce((t, s) => t + shifts[s]!.workHours, 0);
      if (rules.weeklyWorkHours !== null && hours > rules.weeklyWorkHours) row(`week_${p}_${i}`, on.map((s) => term(shifts[s]!.workHours, xName(p, s))), '<=', rules.weeklyWorkHours);
    });
    structure.averagingBlocks.forEach((block, i) => {
      const on = mine(block.flatMap((wk) => structure.shiftsByWeek[wk]!));
      const limit = rules.weeklyAverageHours * block.length;
      if (on.reduce((t, s) => t + shifts[s]!.workHours, 0) > limit) row(`avg_${p}_${i}`, on.map((s) => term(shifts[s]!.workHours, xName(p, s))), '<=', limit);
    });
    if (rules.nightWorkAveraged) {
      const nights = mine(shifts.flatMap((shift, s) => (shift.night ? [s] : [])));
      if (nights.some((s) => shifts[s]!.workHours > rules.nightWorkHours)) row(`nightavg_${p}`, nights.map((s) => term(shifts[s]!.workHours - rules.nightWorkHours, xName(p, s))), '<=', 0);
    }
    structure.nightRuns.forEach((run, i) => {
      const on = mine(run.shifts);
      if (on.length > rules.maxConsecutiveNights) row(`nights_${p}_${i}`, on.map((s) => term(1, xName(p, s))), '<=', rules.maxConsecutiveNights);
    });
    if (rules.sundayRest) {
      structure.sundayShifts.forEach((sunday, wk) => {
        const on = mine(sunday);
        if (on.length === 0) return;
        binaries.push(`y_${p}_${wk}`);
        row(`sun_${p}_${wk}`, [...on.map((s) => term(1, xName(p, s))), term(-on.length, `y_${p}_${wk}`)], '<=', 0);
        if (wk > 0 && mine(structure.sundayShifts[wk - 1]!).length > 0) row(`sunpair_${p}_${wk}`, [term(1, `y_${p}_${wk - 1}`), term(1, `y_${p}_${wk}`)], '<=', 1);
      });
    }
    // Soft: nights beyond the preferred run.
    preferredRuns(structure).forEach((run, i) => {
      const on = mine(run);
      const preferred = problem.rules.preferredConsecutiveNights;
      if (on.length <= preferred || w.consecutiveNights === 0) return;
      row(`pref_${p}_${i}`, [...on.map((s) => term(1, xName(p, s))), term(-1, `e_${p}_${i}`)], '<=', preferred);
      objective.push(term(w.consecutiveNights, `e_${p}_${i}`));
      softCeiling += w.consecutiveNights * (on.length - preferred);
    });
    // Soft: wishes.
    person.wishes.forEach((wish, i) => {
      const on = mine(wishShifts(structure, wish));
      softCeiling += w.wishes * Math.max(1, on.length);
      if (wish.kind === 'avoid') {
        objective.push(...on.map((s) => term(w.wishes, xName(p, s))));
        return;
      }
      if (on.length === 0) {
        constant += w.wishes;
        return;
      }
      row(`wish_${p}_${i}`, [term(1, `miss_${p}_${i}`), ...on.map((s) => term(1, xName(p, s)))], '>=', 1);
      objective.push(term(w.wishes, `miss_${p}_${i}`));
    });
  });

  // Soft: fairness, the spread between the highest and lowest load per FTE, history included.
  for (const c of CATEGORIES) {
    const eligible = eligibleFor(structure, c);
    if (eligible.length === 0 || w.fairness === 0) continue;
    objective.push(term(w.fairness, `hi_${c}`), term(-w.fairness, `lo_${c}`));
    const count = shifts.filter((shift) => inCategory(shift, c)).length;
    softCeiling += w.fairness * Math.max(...eligible.map((p) => (historyOf(problem.staff[p]!, c) + count) / problem.staff[p]!.fte));
    for (const p of eligible) {
      const person = problem.staff[p]!;
      const on = shifts.flatMap((shift, s) => (inCategory(shift, c) && has(p, s) ? [term(1 / person.fte, xName(p, s))] : []));
      const history = historyOf(person, c) / person.fte;
      row(`hi_${c}_${p}`, [...on, term(-1, `hi_${c}`)], '<=', -history);
      row(`lo_${c}_${p}`, [...on, term(-1, `lo_${c}`)], '>=', -history);
    }
    rows.push(...spreadRows(structure, c, eligible));
  }

  // Slack, excess and fairness levels keep LP's default bounds, [0, ∞).
  const lp = ['Minimize', ` obj: ${objective.join(' ')}`, 'Subject To', ...rows, 'Binaries', ` ${binaries.join(' ')}`, 'End'].join('\n');
  return { lp, constant, softCeiling, x };
}

/**
 * The valid bounds that close the fairness gap the LP relaxation leaves open (spread-bound.ts):
 * whole shifts, given out within the staffing, cannot even the loads per FTE out beyond an
 * exact minimum spread, a smallest highest load and a largest lowest load. With mixed FTEs the
 * relaxation otherwise splits shifts until the spread is about nothing.
 *
 * Why these rows never cut off a rota the program allows: the bounds hold for every rota that
 * covers each of the category's shifts' minimum and experienced worker, since its eligible
 * people's shift counts are then whole numbers within what each could take at all, adding up
 * to a total within the minimum and wanted staffing (the wanted rows cap it; a person outside
 * `eligible` could only be on such a shift alone without being experienced, which the
 * experienced slack pays for). The program's coverage and experienced worker are elastic, so
 * each row is switched off by that slack: the slack is ≥ 1 on a shift whose minimum is not met
 * (counts are whole), and then the row asks no more than hi ≥ lo, hi ≥ 0 or lo ≤ the lowest
 * load's ceiling, which every solution meets. A row's slack coefficient times the fairness
 * weight stays far below SLACK_PRICE, so the relaxation does not buy its way out either.
 * Right-hand sides give way by TOLERANCE for rounding in 1/FTE.
 */
function spreadRows(structure: Structure, c: Category, eligible: number[]): string[] {
  const { problem, shifts } = structure;
  const inCat = shifts.flatMap((shift, s) => (inCategory(shift, c) ? [s] : []));
  const people = eligible.map((p) => ({
    fte: problem.staff[p]!.fte,
    history: historyOf(problem.staff[p]!, c),
    most: inCat.filter((s) => structure.blocked[p]![s] === null).length,
  }));
  const bounds = spreadBounds(
    people,
    inCat.reduce((t, s) => t + shifts[s]!.min, 0),
    inCat.reduce((t, s) => t + shifts[s]!.wanted, 0),
  );
  if (bounds === null) return [];
  const slack = inCat.flatMap((s) => [`u_${s}`, ...(shifts[s]!.needsExperienced ? [`v_${s}`] : [])]);
  const off = (coef: number, sign: '+' | '-' = '+') => (coef > 0 ? slack.map((name) => ` ${sign} ${coef} ${name}`).join('') : '');
  const lowestCeiling = Math.min(...people.map((q) => (q.history + q.most) / q.fte));
  return [
    ` spreadlb_${c}: hi_${c} - lo_${c}${off(bounds.spread)} >= ${bounds.spread - TOLERANCE}`,
    ` hilb_${c}: hi_${c}${off(bounds.highest)} >= ${bounds.highest - TOLERANCE}`,
    ` loub_${c}: lo_${c}${off(Math.max(0, lowestCeiling - bounds.lowest), '-')} <= ${bounds.lowest + TOLERANCE}`,
  ];
}

const TOLERANCE = 1e-6;
