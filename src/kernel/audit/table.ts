/**
 * Kysely's view of migrations/20261123_0002_audit.sql and 0029. Every column is insert-only
 * (`never` on update), so the type checker refuses an UPDATE before the database does; the
 * chain fields are not even insertable: only the sealer's SQL function writes them.
 */
import type { ColumnType } from 'kysely';

/**
 * What an actor did. A closed list, mirrored by the check constraint on audit_event.action:
 * adding one needs a migration too.
 */
export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'logout',
  'break_glass',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How the attempt ended, mirrored by the check constraint on audit_event.outcome. */
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'refused', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

type AppendOnly<T> = ColumnType<T, T, never>;

/**
 * One row of audit_event. A type alias, not an interface: `withTables` needs the implicit
 * index signature that only aliases have.
 */
export type AuditEventTable = {
  /** int8: the pg driver returns it as a string, PGlite as a number. Select `id::text`. */
  id: ColumnType<string | number, never, never>;
  /** Written by the database clock at insert, truncated to milliseconds so that JS holds it exactly. */
  occurred_at: ColumnType<Date, never, never>;
  actor_staff_id: AppendOnly<string | null>;
  actor_role: AppendOnly<string | null>;
  actor_unit_id: AppendOnly<string | null>;
  action: AppendOnly<AuditAction>;
  resource_type: AppendOnly<string>;
  resource_id: AppendOnly<string | null>;
  purpose: AppendOnly<string | null>;
  outcome: AppendOnly<AuditOutcome>;
  emergency: AppendOnly<boolean>;
  /** The child the event concerns (migration 0014); null when it concerns no single child. */
  child_id: AppendOnly<string | null>;
  /** The place in the chain, the link to the event before and the hash: null until sealed. */
  position: ColumnType<string | number | null, never, never>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
  /** When the sealer chained it; null for the events chained in their request before sealing existed. */
  sealed_at: ColumnType<Date | null, never, never>;
};

/** The audit tables, for the lead to merge into `Tables`; until then use `db.withTables<AuditTables>()`. */
export type AuditTables = {
  audit_event: AuditEventTable;
};
