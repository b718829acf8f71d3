/**
 * How fast the audit log appends and verifies: `npx tsx bench/audit-append.ts`. Runs on
 * PGlite in memory, and on PostgreSQL too when DATABASE_URL is set (in a scratch database
 * that is dropped afterwards). Prints one line per figure.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, hashEvent, type AuditContent } from '../src/kernel/audit/chain.ts';
import type { AuditInput } from '../src/kernel/audit/input.ts';
import type { AuditTables } from '../src/kernel/audit/table.ts';
import { recordAlone } from '../src/kernel/audit/testing.ts';
import { verifyAuditLog } from '../src/kernel/audit/verify.ts';
import type { Tables } from '../src/kernel/db/tables.ts';
import { openTestDatabase, testEngines } from '../src/kernel/testing/databases.ts';

const APPENDS = 2_000;
const CONCURRENT_WRITERS = 8;
const VERIFY_EVENTS = 100_000;

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

    await appendChainInBulk(db.withTables<AuditTables>(), VERIFY_EVENTS - 2 * APPENDS);
    let events = 0;
    const verifying = await timed(async () => {
      const verdict = await verifyAuditLog(db);
      if (!verdict.ok) throw new Error(`the benchmark chain is broken: ${JSON.stringify(verdict)}`);
      events = verdict.count;
    });
    console.log(`${engine}: verifyAuditLog of ${events} events: ${(verifying / 1000).toFixed(2)} s (${rate(events, verifying)} events/s)`);
  } finally {
    await database.drop();
  }
}

/** Extends the chain with `count` events written straight to the table, far faster than recordAudit. */
async function appendChainInBulk(db: Kysely<Tables & AuditTables>, count: number) {
  const { rows } = await sql<{ hash: string }>`select hash from audit_event order by id desc limit 1`.execute(db);
  let prevHash = rows[0]?.hash ?? GENESIS_HASH;
  const start = Date.now();
  for (let done = 0; done < count; ) {
    const batch = [];
    for (; batch.length < 1_000 && done < count; done += 1) {
      const content: AuditContent = {
        occurredAt: new Date(start + done),
        actorStaffId: input.actor?.staffId ?? null,
        actorRole: 'intake_worker',
        actorUnitId: input.actor?.unitId ?? null,
        action: 'read',
        resourceType: 'child',
        resourceId: `barn-${done % 500}`,
        purpose: 'Vurdering av bekymringsmelding',
        outcome: 'allowed',
        emergency: false,
        childId: null,
      };
      const hash = hashEvent(prevHash, content);
      batch.push({
        occurred_at: content.occurredAt,
        actor_staff_id: content.actorStaffId,
        actor_role: content.actorRole,
        actor_unit_id: content.actorUnitId,
        action: 'read' as const,
        resource_type: content.resourceType,
        resource_id: content.resourceId,
        purpose: content.purpose,
        outcome: 'allowed' as const,
        emergency: false,
        child_id: null,
        prev_hash: prevHash,
        hash,
      });
      prevHash = hash;
    }
    await db.insertInto('audit_event').values(batch).execute();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function rate(events: number, ms: number): string {
  return Math.round((events / ms) * 1000).toLocaleString('en');
}
