/**
 * Side effects across capabilities: a booking queues a reminder, yet presence knows nothing of
 * the calendar. The capability where something happens defines the event and publishes it;
 * the composition root (src/app/) says who handles it. So neither imports the other, as with
 * the web's slots (ui/slot.tsx).
 *
 * Handlers run inside the transaction that published the event, one after the other: what
 * they write lands or rolls back with the change itself (a reminder with its booking), and a
 * handler that fails fails the change.
 */
import type { Transaction } from 'kysely';
import type { Tables } from './db/tables.ts';

export type Handler<Payload> = (trx: Transaction<Tables>, payload: Payload) => Promise<void>;

export interface DomainEvent<Payload> {
  /** The composition root's choice of handlers, in order; it replaces any earlier choice. */
  handle(handlers: readonly Handler<Payload>[]): void;
  /** Runs every handler in `trx`, the transaction that made the change; none when none was chosen. */
  publish(trx: Transaction<Tables>, payload: Payload): Promise<void>;
}

export function defineEvent<Payload>(): DomainEvent<Payload> {
  let handlers: readonly Handler<Payload>[] = [];
  return {
    handle(chosen) {
      handlers = chosen;
    },
    async publish(trx, payload) {
      for (const handler of handlers) await handler(trx, payload);
    },
  };
}
