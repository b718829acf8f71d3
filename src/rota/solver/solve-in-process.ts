/**
 * One solve, start to end, in the calling thread: the constructive rota first, then the
 * mixed-integer program seeded with it, reporting each better rota and the proven bound, and
 * stopping at the time budget, at the gap asked for, or when the stop flag is raised.
 *
 * Memory: HiGHS lives in WebAssembly, whose heap grows and never shrinks and which garbage
 * collection does not free. The model is disposed in `finally` whatever happens, and solve.ts
 * runs this in a worker thread of its own that ends after one solve, so each solve's heap is
 * released with its thread and one large solve cannot keep the server's memory up.
 */
import loadHighs from 'highs';
import { checkRota, type Assignment } from '../domain/checker.ts';
import { explainInfeasible } from '../domain/explain.ts';
import { constructiveRota } from '../domain/greedy.ts';
import { softFigures } from '../domain/soft-goals.ts';
import { structureOf, type Structure } from '../domain/structure.ts';
import type { RotaProblem } from '../schema.ts';
import { buildProgram, SLACK_PRICE, type Program } from './model.ts';
import type { RotaProgress, RotaSolution, SolveOptions } from './types.ts';

/** Enough attempts to find a legal start for a service of 40 within a second or two. */
const CONSTRUCTIVE_BUDGET = { attempts: 200, milliseconds: 2000 };

export async function solveInProcess(problem: RotaProblem, options: SolveOptions, onProgress: (progress: RotaProgress) => void = () => {}): Promise<RotaSolution> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const structure = structureOf(problem);
  const greedy = constructiveRota(structure, CONSTRUCTIVE_BUDGET);
  const greedyLegal = checkRota(structure, greedy).length === 0;
  const greedyScore = softFigures(structure, greedy).score;
  if (greedyLegal) onProgress({ seconds: seconds(), legal: true, score: greedyScore, bound: null, gap: null, source: 'constructive' });
  if (structure.shifts.length === 0) return solutionOf(structure, greedy, { status: 'within_gap', bound: 0, seconds: seconds(), noneExists: false });

  const program = buildProgram(structure);
  const highs = await loadHighs();
  const model = highs.createModel({ format: 'lp', data: program.lp });
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.1, options.seconds - seconds()), mip_rel_gap: options.gap });
    const columns = columnsOf(model, program);
    model.setSolution({ indices: Int32Array.from(columns.values()), values: Float64Array.from([...columns.keys()].map((name) => (isOn(greedy, program, name) ? 1 : 0))) });
    let bound: number | null = null;
    let best: number | null = greedyLegal ? greedyScore : null;
    let reported = 0;
    const report = () => {
      reported = seconds();
      if (best !== null) onProgress({ seconds: reported, legal: best < SLACK_PRICE, score: round(best), bound: bound === null ? null : round(bound), gap: gapOf(best, bound), source: 'solver' });
    };
    const { callbackType } = highs.constants;
    const result = model.run({
      // The bound comes from the interrupt checkpoints (the improving-solution event's own is
      // not kept up to date), which also report once a second so the time and bound move on.
      [callbackType.mipImprovingSolution]: (event) => {
        if (!event.data.mip_solution) return;
        best = (event.data.objective_function_value ?? 0) + program.constant;
        report();
      },
      [callbackType.mipInterrupt]: (event) => {
        const dual = boundScore(event.data.mip_dual_bound, program);
        if (dual !== null) bound = Math.max(bound ?? -Infinity, dual);
        if (seconds() - reported >= 1) report();
        if (options.stop && Atomics.load(options.stop, 0) === 1) event.interrupt();
      },
    });
    const status = result.modelStatus === highs.constants.modelStatus.optimal ? 'within_gap' : result.modelStatus === highs.constants.modelStatus.interrupted ? 'stopped' : 'time_limit';
    const hasSolution = model.info.get('primal_solution_status') === 2;
    const assigned = hasSolution ? assignmentOf(structure, program, columns, model.getSolution().colValue) : greedy;
    const dualBound = model.info.get('mip_dual_bound');
    const finalBound = Number.isFinite(dualBound) ? (dualBound as number) + program.constant : bound;
    return solutionOf(structure, assigned, { status, bound: finalBound, seconds: seconds(), noneExists: finalBound !== null && finalBound > program.softCeiling });
  } finally {
    model.dispose();
  }
}

/** Relative distance from the best rota to the proven bound: 0.01 is 1 %. */
function gapOf(score: number, bound: number | null): number | null {
  return bound === null ? null : Math.round((Math.max(0, score - bound) / Math.max(1e-9, Math.abs(score))) * 10000) / 10000;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function boundScore(dual: number | undefined, program: Program): number | null {
  return dual === undefined || !Number.isFinite(dual) ? null : dual + program.constant;
}

function columnsOf(model: { getColByName(name: string): number }, program: Program): Map<string, number> {
  return new Map([...program.x.keys()].map((name) => [name, model.getColByName(name)]));
}

function isOn(assigned: Assignment, program: Program, name: string): boolean {
  const { p, s } = program.x.get(name)!;
  return assigned[s]!.includes(p);
}

function assignmentOf(structure: Structure, program: Program, columns: Map<string, number>, values: Float64Array): Assignment {
  const assigned: Assignment = structure.shifts.map(() => []);
  for (const [name, column] of columns) {
    const { p, s } = program.x.get(name)!;
    if (values[column]! > 0.5) assigned[s]!.push(p);
  }
  return assigned;
}

interface Outcome {
  status: RotaSolution['status'];
  bound: number | null;
  seconds: number;
  /** The bound proves every rota leaves a place uncovered. */
  noneExists: boolean;
}

function solutionOf(structure: Structure, assigned: Assignment, how: Outcome): RotaSolution {
  const violations = checkRota(structure, assigned);
  const figures = softFigures(structure, assigned);
  const legal = violations.length === 0;
  const gap = legal ? gapOf(figures.score, how.bound) : null;
  return {
    status: legal ? how.status : 'no_legal_rota',
    proven: legal ? how.status === 'within_gap' : how.noneExists,
    rota: structure.shifts.map((shift, s) => ({
      shift: shift.id,
      template: shift.template,
      date: shift.date,
      start: new Date(shift.start).toISOString(),
      end: new Date(shift.end).toISOString(),
      staff: assigned[s]!.map((p) => structure.problem.staff[p]!.id),
    })),
    figures,
    bound: how.bound === null ? null : round(how.bound),
    gap,
    seconds: round(how.seconds),
    violations,
    explanation: legal ? null : explainInfeasible(structure, assigned),
  };
}
