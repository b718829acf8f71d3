/**
 * Test helpers: record an event in a transaction of its own, and tamper with the log the way
 * only a database superuser can, to prove that verification catches it.
 */
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import type { AuditInput } from './input.ts';
import { recordAudit } from './record.ts';

/** Records one event in a transaction of its own. */
export function recordAlone(db: Kysely<Tables>, input: AuditInput): Promise<void> {
  return db.transaction().execute((trx) => recordAudit(trx, input));
}

/** The ids of all events, oldest first, as text. */
export async function eventIds(db: Kysely<Tables>): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select id::text as id from audit_event order by audit_event.id`.execute(db);
  return rows.map((row) => row.id);
}

/** As superuser: switches the append-only triggers off for the table, changes a purpose, switches them on. */
export async function tamperWithPurpose(db: Kysely<Tables>, id: string, purpose: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_event disable trigger user`.execute(trx);
    await sql`update audit_event set purpose = ${purpose} where id = ${id}::bigint`.execute(trx);
    await sql`alter table audit_event enable trigger user`.execute(trx);
  });
}

/** As superuser: deletes an event in replica mode, where ordinary triggers do not fire. */
export async function tamperByDeleting(db: Kysely<Tables>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql`delete from audit_event where id = ${id}::bigint`.execute(trx);
  });
}
