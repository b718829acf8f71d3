/**
 * The solver against the checker: whatever it returns breaks no rule of a person (only places it
 * could not fill), a problem with no legal rota is explained and proven so, and a solve in its
 * worker thread reports progress and stops when asked.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fairGreedy, roundRobin } from '../domain/greedy.ts';
import { checkRota } from '../domain/checker.ts';
import { structureOf } from '../domain/structure.ts';
import { aProblem, aTemplate, aWorker } from '../factories.ts';
import { rotaProblemSchema, type RotaProblem } from '../schema.ts';
import { startSolve } from './solve.ts';
import { solveInProcess } from './solve-in-process.ts';

const STAFFING = new Set(['coverage', 'experienced']);

const anyProblem: fc.Arbitrary<RotaProblem> = fc
  .record({
    country: fc.constantFrom('NO' as const, 'DK' as const),
    workers: fc.array(fc.record({ experienced: fc.boolean(), fte: fc.constantFrom(0.5, 0.8, 1), off: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }) }), { minLength: 3, maxLength: 6 }),
    evening: fc.boolean(),
    needsExperienced: fc.boolean(),
    maxConsecutiveNights: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ country, workers, evening, needsExperienced, maxConsecutiveNights }) =>
    aProblem({
      country,
      rules: { maxConsecutiveNights },
      templates: [aTemplate({ needsExperienced }), ...(evening ? [aTemplate({ id: 'evening', kind: 'evening', start: '15:30', end: '20:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'], min: 1, wanted: 2 })] : [])],
      staff: workers.map((w, i) => aWorker(`w${i}`, { experienced: w.experienced, fte: w.fte, unavailableWeekdays: w.off })),
    }),
  );

describe('the constructive rotas', () => {
  it('never break a rule of a person, only leave places empty', () => {
    fc.assert(
      fc.property(anyProblem, (problem) => {
        const structure = structureOf(problem);
        for (const rota of [fairGreedy(structure), roundRobin(structure)]) expect(checkRota(structure, rota).filter((v) => !STAFFING.has(v.rule))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('solveInProcess', () => {
  it('returns rotas that break no rule of a person, legal whenever it says so', async () => {
    await fc.assert(
      fc.asyncProperty(anyProblem, async (problem) => {
        const solution = await solveInProcess(problem, { seconds: 4, gap: 0.05 });
        expect(solution.violations.filter((v) => !STAFFING.has(v.rule))).toEqual([]);
        expect(solution.violations.length === 0).toBe(solution.status !== 'no_legal_rota');
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it('explains a rota with one experienced worker for nights that all need one', async () => {
    // One person cannot take every night: at most 4 in a row (§ 10-11, the service's limit),
    // 35 free hours a week (§ 10-8 (2)), one Sunday in two (§ 10-10 (3)).
    const problem = aProblem({ staff: [aWorker('a'), aWorker('b', { experienced: false }), aWorker('c', { experienced: false })], templates: [aTemplate({ needsExperienced: true })] });
    const solution = await solveInProcess(problem, { seconds: 90, gap: 0 });
    expect(solution.status).toBe('no_legal_rota');
    expect(solution.proven).toBe(true);
    const { uncovered, suggestions } = solution.explanation!;
    expect(uncovered.length).toBeGreaterThan(0);
    expect(uncovered.every((u) => u.missing === 'experienced' && u.blockers.map((b) => b.person).join() === 'a')).toBe(true);
    expect(suggestions[0]).toEqual({ kind: 'more_staff', experienced: true, count: 1, shifts: uncovered.map((u) => u.shift) });
    const blocking = suggestions.slice(1).map((s) => (s.kind === 'rule_blocks_all_candidates' ? s.rule : s.kind));
    expect(blocking.length).toBeGreaterThan(0);
    for (const rule of blocking) expect(['consecutive_nights', 'sunday_rest', 'weekly_rest', 'daily_rest']).toContain(rule);
  }, 180_000);
});

describe('startSolve', () => {
  it('solves in a worker thread, reporting progress, and stops early when asked', async () => {
    const problem = rotaProblemSchema.parse(JSON.parse(readFileSync(new URL('../../../docs/rota-example.json', import.meta.url), 'utf8')));
    const progress: number[] = [];
    const running = startSolve(problem, { seconds: 60, gap: 0 }, (p) => {
      progress.push(p.score);
      if (p.legal) running.stop();
    });
    const solution = await running.solution;
    expect(progress.length).toBeGreaterThan(0);
    expect(solution.seconds).toBeLessThan(60);
    expect(solution.violations).toEqual([]);
    expect(['stopped', 'within_gap']).toContain(solution.status);
  }, 180_000);
});
