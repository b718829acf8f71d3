/** The worker thread one solve runs in (see solve.ts): it posts progress, then the solution, then ends. */
import { parentPort, workerData } from 'node:worker_threads';
import type { RotaProblem } from '../schema.ts';
import { solveInProcess } from './solve-in-process.ts';
import type { SolveOptions } from './types.ts';

const { problem, options } = workerData as { problem: RotaProblem; options: SolveOptions };
const solution = await solveInProcess(problem, options, (progress) => parentPort!.postMessage({ kind: 'progress', progress }));
parentPort!.postMessage({ kind: 'solution', solution });
