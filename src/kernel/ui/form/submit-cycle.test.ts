import { describe, expect, it } from 'vitest';
import { submitCycle } from './submit-cycle.ts';

/** Keys k1, k2, … so a test can say which one was sent. */
function counting() {
  let n = 0;
  return () => `k${++n}`;
}

/** A request that stays on its way until the test lets it end. */
function pending<R>() {
  let settle!: { resolve: (value: R) => void; reject: (error: unknown) => void };
  const promise = new Promise<R>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('submitCycle', () => {
  it('ignores a second submit while the first is on its way, and sends once', async () => {
    const cycle = submitCycle(counting());
    const request = pending<string>();
    const sent: string[] = [];
    const first = cycle.run((key) => (sent.push(key), request.promise));
    expect(cycle.busy).toBe(true);
    await expect(cycle.run(async (key) => void sent.push(key))).resolves.toEqual({ kind: 'ignored' });
    request.resolve('saved');
    await expect(first).resolves.toEqual({ kind: 'saved', value: 'saved' });
    expect(sent).toEqual(['k1']);
    expect(cycle.busy).toBe(false);
  });

  it('sends the same key again when the same submission is retried after a failure', async () => {
    const cycle = submitCycle(counting());
    const sent: string[] = [];
    const failing = async (key: string) => {
      sent.push(key);
      throw new Error('network');
    };
    expect((await cycle.run(failing)).kind).toBe('refused');
    expect((await cycle.run(failing)).kind).toBe('refused');
    await cycle.run(async (key) => void sent.push(key));
    expect(sent).toEqual(['k1', 'k1', 'k1']);
  });

  it('takes a new key after a success, so the next record is a new one', async () => {
    const cycle = submitCycle(counting());
    const sent: string[] = [];
    await cycle.run(async (key) => void sent.push(key));
    await cycle.run(async (key) => void sent.push(key));
    expect(sent).toEqual(['k1', 'k2']);
    expect(cycle.key).toBe('k3');
  });

  it('is free again after a refusal, and hands the error on', async () => {
    const cycle = submitCycle(counting());
    const error = new Error('conflict');
    await expect(cycle.run(async () => Promise.reject(error))).resolves.toEqual({ kind: 'refused', error });
    expect(cycle.busy).toBe(false);
  });
});
