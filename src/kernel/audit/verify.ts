/**
 * Checks the whole stored audit log against its hash chain, a page at a time, so that a log
 * of millions of events is checked in constant memory; and that the sealer keeps its promise.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { verifyChain, type ChainVerdict, type ChainedEvent, type VerifyOptions } from './chain.ts';
import { MAX_SEAL_DELAY_MS } from './seal.ts';
import type { AuditTables } from './table.ts';

const PAGE_SIZE = 5_000;

/** The oldest unsealed events looked at: if the sealer has stopped, the first of them says so. */
const WAITING_LOOKED_AT = 1_000;

export interface VerifyLogOptions extends VerifyOptions {
  pageSize?: number;
  /** How long an event seen committed and unsealed may stay so; the sealer's promise unless a test says otherwise. */
  sealDelayMs?: number;
  /**
   * False to check the sealed chain only: a restored backup's unsealed events are left as the
   * backup held them, for the restored server's sealer.
   */
  checkSealing?: boolean;
}

/**
 * Reads every sealed event in chain order and returns the verdict of `verifyChain`: intact with
 * the count and the newest hash (note it elsewhere to use as a later `anchor`), or the first
 * broken event. Then, when events were waiting to be sealed as it began, it waits out the
 * sealing delay and fails with 'unsealed', naming the first still waiting: an event that was
 * already committed then has waited longer than the promise. (An event's insert time cannot
 * tell: its transaction may commit long after.)
 */
export async function verifyAuditLog(db: Kysely<Tables>, options: VerifyLogOptions = {}): Promise<ChainVerdict> {
  const audit = db.withTables<AuditTables>();
  const started = Date.now();
  const waiting = options.checkSealing === false ? [] : await unsealedIds(audit, WAITING_LOOKED_AT);
  const verdict = await verifyChain(readEventsInOrder(audit, options.pageSize ?? PAGE_SIZE), options);
  if (!verdict.ok || waiting.length === 0) return verdict;
  const delay = options.sealDelayMs ?? MAX_SEAL_DELAY_MS;
  await sleep(Math.max(0, started + delay - Date.now()));
  const still = new Set(await unsealedIds(audit, WAITING_LOOKED_AT, waiting.at(-1)));
  const late = waiting.find((id) => still.has(id));
  return late === undefined ? verdict : { ok: false, count: verdict.count, reason: 'unsealed', brokenAt: late };
}

/** The ids of the oldest unsealed events, up to `limit` (and at most `upTo`), oldest first. */
async function unsealedIds(db: Kysely<Tables & AuditTables>, limit: number, upTo?: string): Promise<string[]> {
  let query = db.selectFrom('audit_event').select(sql<string>`id::text`.as('id')).where('position', 'is', null);
  if (upTo !== undefined) query = query.where('audit_event.id', '<=', upTo);
  const rows = await query.orderBy('audit_event.id').limit(limit).execute();
  return rows.map((row) => row.id);
}

async function* readEventsInOrder(db: Kysely<Tables & AuditTables>, pageSize: number): AsyncGenerator<ChainedEvent> {
  let after: string | undefined;
  for (;;) {
    const query = db
      .selectFrom('audit_event')
      .select([
        sql<string>`id::text`.as('id'),
        sql<string>`position::text`.as('position'),
        'occurred_at',
        'actor_staff_id',
        'actor_role',
        'actor_unit_id',
        'action',
        'resource_type',
        'resource_id',
        'purpose',
        'outcome',
        'emergency',
        'child_id',
        'prev_hash',
        'hash',
        'sealed_at',
      ])
      .where('audit_event.position', 'is not', null)
      // The table's column: a bare `position` would name the text alias above, and sort 10 before 9.
      .orderBy('audit_event.position')
      .limit(pageSize);
    const page = await (after === undefined ? query : query.where('audit_event.position', '>', after)).execute();
    for (const row of page) {
      yield {
        id: row.id,
        occurredAt: row.occurred_at,
        actorStaffId: row.actor_staff_id,
        actorRole: row.actor_role,
        actorUnitId: row.actor_unit_id,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        purpose: row.purpose,
        outcome: row.outcome,
        emergency: row.emergency,
        childId: row.child_id,
        // A sealed row always has both (the table's check constraint audit_event_sealed_whole).
        prevHash: row.prev_hash ?? '',
        hash: row.hash ?? '',
        sealed: row.sealed_at !== null,
      };
    }
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.position;
  }
}
