/** How one press of a form's submit button ended. */
export type SubmitOutcome<R> = { kind: 'saved'; value: R } | { kind: 'refused'; error: unknown } | { kind: 'ignored' };

/**
 * One form's submissions, without React: while one is on its way a second is ignored (a double
 * click sends once), and every attempt at the same submission carries the same idempotency key,
 * so a retry after a failure (the network, a refusal) cannot create a second record. A success
 * ends the submission: the next one gets a new key.
 */
export interface SubmitCycle {
  readonly busy: boolean;
  /** The key the next attempt will carry. */
  readonly key: string;
  run<R>(send: (key: string) => Promise<R>): Promise<SubmitOutcome<R>>;
}

/** A fresh cycle; `newKey` is injected so tests can see which key was sent. */
export function submitCycle(newKey: () => string = () => crypto.randomUUID()): SubmitCycle {
  let busy = false;
  let key = newKey();
  return {
    get busy() {
      return busy;
    },
    get key() {
      return key;
    },
    async run(send) {
      if (busy) return { kind: 'ignored' };
      busy = true;
      try {
        const value = await send(key);
        key = newKey();
        return { kind: 'saved', value };
      } catch (error) {
        return { kind: 'refused', error };
      } finally {
        busy = false;
      }
    },
  };
}
