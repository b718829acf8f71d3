/**
 * Appends an audit event in the caller's transaction, so that the event and the read or
 * write it describes land together or not at all.
 */
import { sql, type Transaction } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { GENESIS_HASH, hashEvent } from './chain.ts';
import { toAuditFields, type AuditInput } from './input.ts';
import type { AuditTables } from './table.ts';
import { LOCK_KEYS } from '../db/lock-keys.ts';
import { countAuditEvent } from '../metrics/metrics.ts';

/**
 * Records one audit event inside `trx`. Writers queue on a transaction-level advisory lock,
 * read the newest hash, and chain onto it; the lock is held until the caller commits or rolls
 * back, so call this as late in the transaction as the work allows. The transaction must be
 * READ COMMITTED (the default): in a snapshot taken before the lock, the newest event could be
 * missing and the chain would fork, so any other isolation level is refused.
 */
export async function recordAudit(trx: Transaction<Tables>, input: AuditInput): Promise<void> {
  const fields = toAuditFields(input);
  if (!trx.isTransaction) throw new Error('recordAudit must run inside the transaction it audits');
  const db = trx.withTables<AuditTables>();
  const { rows: locked } = await sql<{ isolation: string }>`
    select pg_advisory_xact_lock(${LOCK_KEYS.auditAppend}), current_setting('transaction_isolation') as isolation
  `.execute(db);
  const isolation = locked[0]?.isolation;
  if (isolation !== 'read committed') {
    throw new Error(`recordAudit needs a READ COMMITTED transaction, not ${isolation ?? 'an unknown one'}`);
  }
  // A new statement after the lock: its snapshot sees every event committed before ours.
  const { rows: latest } = await sql<{ head: string | null; now: Date }>`
    select (select hash from audit_event order by id desc limit 1) as head,
           date_trunc('milliseconds', clock_timestamp()) as now
  `.execute(db);
  const now = latest[0]?.now;
  if (!now) throw new Error('recordAudit: the database did not tell the time');
  const content = { ...fields, occurredAt: now };
  const prevHash = latest[0]?.head ?? GENESIS_HASH;
  await db
    .insertInto('audit_event')
    .values({
      occurred_at: content.occurredAt,
      actor_staff_id: content.actorStaffId,
      actor_role: content.actorRole,
      actor_unit_id: content.actorUnitId,
      action: content.action,
      resource_type: content.resourceType,
      resource_id: content.resourceId,
      purpose: content.purpose,
      outcome: content.outcome,
      emergency: content.emergency,
      child_id: content.childId ?? null,
      prev_hash: prevHash,
      hash: hashEvent(prevHash, content),
    })
    .execute();
  countAuditEvent();
}
