/**
 * The program's fairness bounds (model.ts, spread-bound.ts) cut off no rota: on services small
 * enough to enumerate every rota, the solver's proven optimum is the brute force's best, with
 * mixed FTEs and history (where the bounds bind), a staffing range, and no legal rota at all
 * (where the elastic coverage must still reach the smallest shortfall).
 */
import { describe, expect, it } from 'vitest';
import { checkRota, type Assignment } from '../domain/checker.ts';
import { softFigures } from '../domain/soft-goals.ts';
import { structureOf } from '../domain/structure.ts';
import { aProblem, aTemplate, aWorker } from '../factories.ts';
import type { RotaProblem } from '../schema.ts';
import { buildProgram, SLACK_PRICE } from './model.ts';
import { solveInProcess } from './solve-in-process.ts';

const STAFFING = new Set(['coverage', 'experienced']);

/**
 * Every rota that gives each shift at most its wanted number of people and breaks no rule of a
 * person: the best score among the legal ones, and the best of the program's objective among
 * all (each place short of the minimum or missing experienced worker at SLACK_PRICE).
 */
function bruteForce(problem: RotaProblem): { legal: number | null; program: number } {
  const structure = structureOf(problem);
  const people = problem.staff.map((_, p) => p);
  const subsets = (size: number): number[][] => (size === 0 ? [[]] : people.flatMap((p) => subsets(size - 1).filter((rest) => rest.every((q) => q > p)).map((rest) => [p, ...rest])));
  const options = structure.shifts.map((shift) => Array.from({ length: shift.wanted + 1 }, (_, k) => subsets(k)).flat());
  let legal: number | null = null;
  let program = Infinity;
  const assigned: Assignment = structure.shifts.map(() => []);
  const visit = (s: number) => {
    if (s === structure.shifts.length) {
      const violations = checkRota(structure, assigned);
      if (violations.some((v) => !STAFFING.has(v.rule))) return;
      const score = softFigures(structure, assigned).score;
      const short = structure.shifts.reduce((t, shift, i) => t + Math.max(0, shift.min - assigned[i]!.length) + (shift.needsExperienced && !assigned[i]!.some((p) => problem.staff[p]!.experienced) ? 1 : 0), 0);
      if (short === 0) legal = Math.min(legal ?? Infinity, score);
      program = Math.min(program, SLACK_PRICE * short + score);
      return;
    }
    for (const option of options[s]!) {
      assigned[s] = option;
      visit(s + 1);
    }
  };
  visit(0);
  return { legal, program };
}

const mixed = [aWorker('a', { history: { nights: 2, weekends: 1 } }), aWorker('b', { fte: 0.6 }), aWorker('c', { fte: 0.5, history: { nights: 1 } })];

describe('the fairness bounds', () => {
  it('are in the program, and keep the best of every rota of three people with mixed FTEs and history', async () => {
    const problem = aProblem({ templates: [aTemplate({ days: ['wed', 'sat'] })], staff: mixed });
    expect(buildProgram(structureOf(problem)).lp).toMatch(/spreadlb_nights: hi_nights - lo_nights \+ [\d.]+ u_0/);
    const best = bruteForce(problem);
    expect(best.legal).not.toBeNull();
    const solution = await solveInProcess(problem, { seconds: 60, gap: 0 });
    expect(solution.status).toBe('within_gap');
    expect(solution.figures.score).toBeCloseTo(best.legal!, 6);
    expect(solution.bound!).toBeLessThanOrEqual(best.legal! + 1e-3);
  }, 120_000);

  it('keep the best when the staffing is a range (one or two a night)', async () => {
    const problem = aProblem({ templates: [aTemplate({ days: ['sat'], min: 1, wanted: 2 })], staff: mixed });
    const best = bruteForce(problem);
    const solution = await solveInProcess(problem, { seconds: 60, gap: 0 });
    expect(solution.status).toBe('within_gap');
    expect(solution.figures.score).toBeCloseTo(best.legal!, 6);
  }, 120_000);

  it('keep the smallest shortfall when no rota is legal (the bounds give way to the slack)', async () => {
    // Only a is experienced and § 10-10 (3) lets a work every other Saturday night at most.
    const staff = [aWorker('a', { fte: 0.5, history: { nights: 3 } }), aWorker('b', { experienced: false }), aWorker('c', { experienced: false, fte: 0.6 })];
    const problem = aProblem({ templates: [aTemplate({ days: ['sat'], min: 1, wanted: 2, needsExperienced: true })], staff });
    const best = bruteForce(problem);
    expect(best.legal).toBeNull();
    const solution = await solveInProcess(problem, { seconds: 60, gap: 0 });
    expect(solution.status).toBe('no_legal_rota');
    expect(solution.bound!).toBeCloseTo(best.program, 3);
  }, 120_000);

  it('give way when a place is left empty: one worker cannot take every Saturday night', async () => {
    // Whole splits put all 4 nights on a (highest load 4); a legal § 10-10 rota leaves two
    // empty, load 2, and the bound must not charge a spread for the nights no one took.
    const problem = aProblem({ templates: [aTemplate({ days: ['sat'] })], staff: [aWorker('a')] });
    const best = bruteForce(problem);
    expect(best.legal).toBeNull();
    const solution = await solveInProcess(problem, { seconds: 60, gap: 0 });
    expect(solution.status).toBe('no_legal_rota');
    expect(solution.bound!).toBeCloseTo(best.program, 3);
  }, 120_000);
});
