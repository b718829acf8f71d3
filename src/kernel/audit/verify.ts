/**
 * Checks the whole stored audit log against its hash chain, a page at a time, so that a log
 * of millions of events is checked in constant memory.
 */
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { verifyChain, type ChainVerdict, type ChainedEvent, type VerifyOptions } from './chain.ts';
import type { AuditTables } from './table.ts';

const PAGE_SIZE = 5_000;

/**
 * Reads every event in id order and returns the verdict of `verifyChain`: intact with the
 * count and the newest hash (note it elsewhere to use as a later `anchor`), or the first
 * broken event. Events appended while it runs are checked too if their page is not yet read.
 */
export async function verifyAuditLog(
  db: Kysely<Tables>,
  options: VerifyOptions & { pageSize?: number } = {},
): Promise<ChainVerdict> {
  return verifyChain(readEventsInOrder(db.withTables<AuditTables>(), options.pageSize ?? PAGE_SIZE), options);
}

async function* readEventsInOrder(db: Kysely<Tables & AuditTables>, pageSize: number): AsyncGenerator<ChainedEvent> {
  let after: string | undefined;
  for (;;) {
    const query = db
      .selectFrom('audit_event')
      .select([
        sql<string>`id::text`.as('id'),
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
      ])
      // The table's column: a bare `id` would name the text alias above, and sort 10 before 9.
      .orderBy('audit_event.id')
      .limit(pageSize);
    const page = await (after === undefined ? query : query.where('audit_event.id', '>', after)).execute();
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
        prevHash: row.prev_hash,
        hash: row.hash,
      };
    }
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.id;
  }
}
