/**
 * A solve in a worker thread of its own, so the server keeps answering while HiGHS works (its
 * callbacks are synchronous and would hold the event loop), and so the WebAssembly heap of one
 * solve is released when its thread ends. Stopping early raises a flag in shared memory that
 * the solver reads at each of its checkpoints; the best rota so far is then returned.
 */
import { Worker } from 'node:worker_threads';
import type { RotaProblem } from '../schema.ts';
import type { RotaProgress, RotaSolution, SolveOptions } from './types.ts';

export interface RunningSolve {
  solution: Promise<RotaSolution>;
  stop(): void;
}

/** A cap, so a runaway solve ends its own thread (the answer is then an error) rather than the server. */
const JS_HEAP_MB = 512;

type Message = { kind: 'progress'; progress: RotaProgress } | { kind: 'solution'; solution: RotaSolution };

export function startSolve(problem: RotaProblem, options: Omit<SolveOptions, 'stop'>, onProgress: (progress: RotaProgress) => void = () => {}): RunningSolve {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
    workerData: { problem, options: { ...options, stop } },
    // The thread's JavaScript heap is capped; HiGHS's WebAssembly memory is not covered by
    // this cap, but it lives and dies with the thread (solve-in-process.ts).
    resourceLimits: { maxOldGenerationSizeMb: JS_HEAP_MB },
  });
  const solution = new Promise<RotaSolution>((resolve, reject) => {
    worker.on('message', (message: Message) => {
      if (message.kind === 'progress') onProgress(message.progress);
      else resolve(message.solution);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the rota solver stopped (exit ${code}) before it answered`)));
  });
  return {
    solution: solution.finally(() => void worker.terminate()),
    stop: () => Atomics.store(stop, 0, 1),
  };
}
