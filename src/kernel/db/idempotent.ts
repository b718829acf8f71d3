/**
 * Writes that may hit a unique key inside a transaction that must go on: the audit event of
 * the attempt is written in the same transaction, and PostgreSQL aborts a whole transaction on
 * an error unless the statement ran in a savepoint. Both engines (PGlite, PostgreSQL) report
 * the violation with its SQLSTATE.
 */
import { sql, type Transaction } from 'kysely';
import type { Tables } from './tables.ts';

type Trx = Transaction<Tables>;

/** What a write answers when it hit a unique key and was rolled back (see unlessUniqueViolation). */
export const UNIQUE_VIOLATION: unique symbol = Symbol('unique violation');

/** Unique violation (SQLSTATE 23505), as both drivers report it. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Runs `write` in a savepoint. A unique violation rolls the write back and answers
 * UNIQUE_VIOLATION, leaving the transaction usable; any other error is thrown.
 */
export async function unlessUniqueViolation<T>(trx: Trx, write: () => Promise<T>): Promise<T | typeof UNIQUE_VIOLATION> {
  const attempt = await savepointed(trx, write);
  return attempt.ok ? attempt.value : UNIQUE_VIOLATION;
}

/**
 * Inserts a row created under an idempotency key. If a concurrent retry of the same request
 * won the race, nothing is inserted and the winner's row (found by `findWinner`, looking the
 * key up) is answered instead, so both requests see one record. A unique violation with no
 * winner (another unique column, or no key at all) is thrown.
 */
export async function insertIdempotent<T, W>(
  trx: Trx,
  write: { insert: () => Promise<T>; findWinner: () => Promise<W | undefined> },
): Promise<{ created: true; row: T } | { created: false; winner: W }> {
  const attempt = await savepointed(trx, write.insert);
  if (attempt.ok) return { created: true, row: attempt.value };
  const winner = await write.findWinner();
  if (winner === undefined) throw attempt.error;
  return { created: false, winner };
}

async function savepointed<T>(trx: Trx, write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  await sql`savepoint unique_write`.execute(trx);
  try {
    const value = await write();
    await sql`release savepoint unique_write`.execute(trx);
    return { ok: true, value };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint unique_write`.execute(trx);
    return { ok: false, error };
  }
}
