/**
 * The sealer: gives committed audit events their place in the hash chain, off the request
 * path. Every server process runs one; the SQL function it calls (audit_seal, migration 0029)
 * lets one at a time work and computes each hash itself, so no caller can choose one.
 */
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { startRepeating, type RepeatingJob } from '../jobs/repeating.ts';
import { countAuditSealed } from '../metrics/metrics.ts';

/** The promise: an event is sealed within this long of its transaction's commit. */
export const MAX_SEAL_DELAY_MS = 1_000;

/** How often each process's sealer looks: a fifth of the promise, so a slow run still keeps it. */
export const SEAL_INTERVAL_MS = 200;

/**
 * For readiness: how long after its insert an event may wait before the sealer counts as
 * lagging. Coarser than the promise, because an insert can precede its commit (the audit event
 * is written at the end of a request's transaction, but a long job's transaction runs on);
 * `tidlig audit verify` checks the promise itself.
 */
export const SEALER_LAGS_AFTER_MS = 10_000;

/** Events per call of audit_seal: one short transaction each, so a backlog never holds the lock long. */
const BATCH = 5_000;

/**
 * Seals every event committed so far, in batches; returns how many, or null when another
 * process's sealer holds the lock (it will seal them).
 */
export async function sealAuditEvents(db: Kysely<Tables>): Promise<number | null> {
  let total = 0;
  for (;;) {
    const { rows } = await sql<{ sealed: number }>`select audit_seal(${BATCH}) as sealed`.execute(db);
    const sealed = Number(rows[0]?.sealed ?? 0);
    if (sealed < 0) return total === 0 ? null : total;
    countAuditSealed(sealed);
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

/** Whether an event inserted more than SEALER_LAGS_AFTER_MS ago is still unsealed, by the database's clock. */
export async function sealerLags(db: Kysely<Tables>): Promise<boolean> {
  const { rows } = await sql<{ lags: boolean }>`
    select exists (
      select from audit_event
      where position is null and occurred_at < clock_timestamp() - make_interval(secs => ${SEALER_LAGS_AFTER_MS / 1000})
    ) as lags
  `.execute(db);
  return rows[0]?.lags === true;
}

/** Seals every SEAL_INTERVAL_MS; `stop()` waits for the run in progress, then seals once more, so a shutdown leaves nothing waiting. */
export function startAuditSealer(db: Kysely<Tables>, onError: (error: unknown) => void, intervalMs = SEAL_INTERVAL_MS): RepeatingJob {
  const job = startRepeating(() => sealAuditEvents(db), { name: 'audit sealing', intervalMs, runAtStart: true, onError });
  return {
    async stop() {
      await job.stop();
      await sealAuditEvents(db);
    },
  };
}
