/**
 * How fast the audit log appends, seals and verifies: `npx tsx bench/audit-append.ts [--events N]`.
 * Runs on PGlite in memory, and on PostgreSQL too when DATABASE_URL is set (in a scratch
 * database that is dropped afterwards). Prints one line per figure.
 *
 * - recordAudit: one event per transaction, by one writer and by eight at once (the request
 *   path: an insert, no lock since sealing moved off it);
 * - sealing: events per second the sealer chains (SQL hashing in audit_seal);
 * - verify: the time to check a chain of N events (default one million).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { AuditInput } from '../src/kernel/audit/input.ts';
import { sealAuditEvents } from '../src/kernel/audit/seal.ts';
import { recordAlone } from '../src/kernel/audit/testing.ts';
import { verifyAuditLog } from '../src/kernel/audit/verify.ts';
import type { Tables } from '../src/kernel/db/tables.ts';
import { openTestDatabase, testEngines } from '../src/kernel/testing/databases.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' } } });
const VERIFY_EVENTS = Number(values.events);
const APPENDS = 2_000;
const CONCURRENT_WRITERS = 8;

const input: AuditInput = {
  actor: { staffId: randomUUID(), role: 'intake_worker', unitId: randomUUID() },
  action: 'read',
  resourceType: 'child',
  resourceId: randomUUID(),
  purpose: 'Vurdering av bekymringsmelding',
  outcome: 'allowed',
};

for (const engine of testEngines) {
  const database = await openTestDatabase(engine);
  try {
    const { db } = database;
    const single = await timed(async () => {
      for (let i = 0; i < APPENDS; i += 1) await recordAlone(db, input);
    });
    console.log(`${engine}: recordAudit, one transaction each, one writer: ${rate(APPENDS, single)} events/s`);

    const concurrent = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENT_WRITERS }, async () => {
          for (let i = 0; i < APPENDS / CONCURRENT_WRITERS; i += 1) await recordAlone(db, input);
        }),
      ),
    );
    console.log(`${engine}: recordAudit, one transaction each, ${CONCURRENT_WRITERS} writers: ${rate(APPENDS, concurrent)} events/s`);

    await insertUnsealed(db, VERIFY_EVENTS - 2 * APPENDS);
    const sealing = await timed(() => sealAuditEvents(db));
    console.log(`${engine}: sealing ${VERIFY_EVENTS} events: ${(sealing / 1000).toFixed(1)} s (${rate(VERIFY_EVENTS, sealing)} events/s)`);

    let events = 0;
    const verifying = await timed(async () => {
      const verdict = await verifyAuditLog(db);
      if (!verdict.ok) throw new Error(`the benchmark chain is broken: ${JSON.stringify(verdict)}`);
      events = verdict.count;
    });
    console.log(`${engine}: verifyAuditLog of ${events} events: ${(verifying / 1000).toFixed(1)} s (${rate(events, verifying)} events/s)`);
  } finally {
    await database.drop();
  }
}

/** `count` events' content written in one statement, as requests would have left them for the sealer. */
async function insertUnsealed(db: Kysely<Tables>, count: number) {
  await sql`
    insert into audit_event (actor_staff_id, actor_role, actor_unit_id, action, resource_type, resource_id, purpose, outcome)
    select ${input.actor?.staffId}::uuid, 'intake_worker', ${input.actor?.unitId}::uuid, 'read', 'child', 'barn-' || (n % 500), 'Vurdering av bekymringsmelding', 'allowed'
    from generate_series(1, ${count}::int) as n
  `.execute(db);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function rate(events: number, ms: number): string {
  return Math.round((events / ms) * 1000).toLocaleString('en');
}
