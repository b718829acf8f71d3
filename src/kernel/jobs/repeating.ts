/**
 * Background work on a timer (reminders, retention): one run at a time — a tick while the last
 * run is still going is skipped, not queued — and `stop()` waits for the run in progress, so a
 * shutdown never cuts a transaction in half. The timer does not keep the process alive.
 */
export interface RepeatingJob {
  stop(): Promise<void>;
}

export function startRepeating(
  work: () => Promise<unknown>,
  { intervalMs, runAtStart = false, onError = () => {} }: { intervalMs: number; runAtStart?: boolean; onError?: (error: unknown) => void },
): RepeatingJob {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = work()
      .catch(onError)
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
