-- The audit log: who read or changed which personal data, when, in which role and why.
-- Never the content itself. See src/kernel/audit/ for how events are chained and checked.
--
-- Tamper evidence: each event stores the SHA-256 of its own canonical content together with
-- the hash of the event before it (prev_hash), so changing or removing an event breaks the
-- chain where it happened. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for
-- everyone, and the application's role tidlig_app may only SELECT and INSERT.
--
-- No foreign keys, on purpose: the log must outlive the staff, units and children it names.

create table audit_event (
  id              bigint generated always as identity primary key,
  occurred_at     timestamptz not null,
  actor_staff_id  uuid,                   -- null for system jobs and failed logins
  actor_role      text,                   -- the role the actor acted in (text: roles change, the log stays)
  actor_unit_id   uuid,
  -- Keep in step with AUDIT_ACTIONS in src/kernel/audit/table.ts.
  action          text not null check (action in
                    ('read', 'create', 'update', 'delete', 'login', 'login_failed', 'logout', 'break_glass', 'export')),
  resource_type   text not null check (resource_type <> ''),
  resource_id     text,
  purpose         text,
  -- Keep in step with AUDIT_OUTCOMES in src/kernel/audit/table.ts.
  outcome         text not null check (outcome in ('allowed', 'denied', 'failed')),
  emergency       boolean not null default false,
  prev_hash       text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash            text not null unique check (hash ~ '^[0-9a-f]{64}$'),
  -- Two events following the same one would fork the chain: refuse the second.
  unique (prev_hash),
  -- Emergency access (break the glass) must always say why.
  check (not emergency or coalesce(btrim(purpose), '') <> '')
);

-- "Who has seen this child's data?" (the basis for answering a guardian's access request).
create index audit_event_resource_idx on audit_event (resource_type, resource_id);
-- "What has this person looked at?"
create index audit_event_actor_idx on audit_event (actor_staff_id, occurred_at);

create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit_event
  for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_refuse_change();

-- The role production runs the application as. It must not own the tables: an owner can
-- disable triggers and grant itself anything. Migrations run as the owning role instead.
-- A role belongs to the whole cluster, so two databases migrating at once may race to
-- create it; the loser ignores the duplicate.
do $$
begin
  if not exists (select from pg_roles where rolname = 'tidlig_app') then
    begin
      create role tidlig_app nologin;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
end
$$;

-- The identity column needs no sequence privilege: INSERT on the table is enough.
revoke all on audit_event from public, tidlig_app;
grant select, insert on audit_event to tidlig_app;
