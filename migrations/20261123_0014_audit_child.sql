-- The child an audit event concerns, so that "who has accessed this child's data?" (GDPR
-- art. 15) is one rule — every event naming the child — instead of a list of resource types.
-- Null for events about no single child (anonymous consultations, lists, logins) and for
-- every event written before this migration. The column is part of an event's hash when it is
-- set (src/kernel/audit/chain.ts), so changing it later breaks the chain like any other field;
-- events without it hash exactly as before, so the existing chain still verifies.
-- Adding a nullable column rewrites no rows: the append-only triggers are not involved, and
-- tidlig_app's table-level SELECT and INSERT cover the new column.
alter table audit_event add column child_id uuid;

create index audit_event_child_idx on audit_event (child_id, occurred_at) where child_id is not null;
