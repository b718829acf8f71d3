/**
 * Appends an audit event in the caller's transaction, so that the event and the read or
 * write it describes land together or not at all.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { toAuditFields, type AuditInput } from './input.ts';
import type { AuditTables } from './table.ts';
import { countAuditEvent } from '../metrics/metrics.ts';

/**
 * Records one event's content inside `trx`: one insert, no lock. Its place in the hash chain
 * is given after commit by the sealer (seal.ts), and the time it occurred by the database's
 * clock, which the application's role cannot write.
 */
export async function recordAudit(trx: Transaction<Tables>, input: AuditInput): Promise<void> {
  if (!trx.isTransaction) throw new Error('recordAudit must run inside the transaction it audits');
  await insertEvent(trx, input);
}

/**
 * Records the event of a read that could write nothing (policy/access.ts runs reads on one
 * connection, held to selects): a statement of its own, committed before the read is answered.
 */
export async function recordAuditOfRead(connection: Kysely<Tables>, input: AuditInput): Promise<void> {
  await insertEvent(connection, input);
}

async function insertEvent(db: Kysely<Tables>, input: AuditInput): Promise<void> {
  const fields = toAuditFields(input);
  await db
    .withTables<AuditTables>()
    .insertInto('audit_event')
    .values({
      actor_staff_id: fields.actorStaffId,
      actor_role: fields.actorRole,
      actor_unit_id: fields.actorUnitId,
      action: fields.action,
      resource_type: fields.resourceType,
      resource_id: fields.resourceId,
      purpose: fields.purpose,
      outcome: fields.outcome,
      emergency: fields.emergency,
      child_id: fields.childId ?? null,
    })
    .execute();
  countAuditEvent();
}
