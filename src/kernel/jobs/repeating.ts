/**
 * Background work on a timer (reminders, retention): one run at a time — a tick while the last
 * run is still going is skipped, not queued — and `stop()` waits for the run in progress, so a
 * shutdown never cuts a transaction in half. The timer does not keep the process alive.
 */
import { countJobRun } from '../metrics/metrics.ts';

export interface RepeatingJob {
  stop(): Promise<void>;
}

export function startRepeating(
  work: () => Promise<unknown>,
  {
    name,
    intervalMs,
    runAtStart = false,
    onError = () => {},
  }: {
    /** The job's name in the metrics' runs and failures (the name its JobPlan gives). */
    name: string;
    intervalMs: number;
    runAtStart?: boolean;
    onError?: (error: unknown) => void;
  },
): RepeatingJob {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = work()
      .then(
        () => countJobRun(name, 'ok'),
        (error: unknown) => {
          countJobRun(name, 'failed');
          onError(error);
        },
      )
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  if (runAtStart) tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
