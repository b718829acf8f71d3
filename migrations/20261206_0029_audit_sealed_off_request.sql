-- The audit chain is sealed off the request path (src/kernel/audit/seal.ts).
--
-- A request writes its audit event in the same transaction as its work, as before, but only
-- the event's content: no chain position, no hash, no global lock. A sealer, one at a time
-- across every server process, then gives the committed events their places in the chain in a
-- stable order, each with the hash of the one before, within a promised delay.
--
-- Who may write what:
-- * tidlig_app may insert only the content columns (a column-level grant) and never update:
--   it cannot choose a position, a hash or even the time an event occurred (the database's
--   clock writes it).
-- * The chain fields are set by audit_seal() alone, a SECURITY DEFINER function that computes
--   each hash itself; tidlig_app may call it, so any server process can seal, but whoever
--   calls it cannot say what is written. This is narrower than a grant of UPDATE on the chain
--   columns (which would let the application write any hash it computed), and keeps one table
--   (a separate table of positions would need the same function to stay honest).
-- * The trigger still refuses DELETE and TRUNCATE for everyone, and an UPDATE unless it only
--   fills chain fields that were empty, leaving the content as it was: a position or hash,
--   once set, is never changed.

-- The event's place in the chain; the events chained before this migration keep their id as
-- their position (their ids are the order they were chained in).
alter table audit_event add column position bigint unique;
-- When the sealer chained it; null for events chained in their own request before this
-- migration, which verify by the first format (src/kernel/audit/chain.ts).
alter table audit_event add column sealed_at timestamptz;
alter table audit_event alter column prev_hash drop not null;
alter table audit_event alter column hash drop not null;
alter table audit_event alter column occurred_at set default date_trunc('milliseconds', clock_timestamp());

-- The sealer's queue: the unsealed events, few at any moment.
create index audit_event_unsealed_idx on audit_event (id) where position is null;

create or replace function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE'
     and (old.position is null or new.position is not distinct from old.position)
     and (old.prev_hash is null or new.prev_hash is not distinct from old.prev_hash)
     and (old.hash is null or new.hash is not distinct from old.hash)
     and (old.sealed_at is null or new.sealed_at is not distinct from old.sealed_at)
     and new.id = old.id
     and new.occurred_at = old.occurred_at
     and new.actor_staff_id is not distinct from old.actor_staff_id
     and new.actor_role is not distinct from old.actor_role
     and new.actor_unit_id is not distinct from old.actor_unit_id
     and new.action = old.action
     and new.resource_type = old.resource_type
     and new.resource_id is not distinct from old.resource_id
     and new.purpose is not distinct from old.purpose
     and new.outcome = old.outcome
     and new.emergency = old.emergency
     and new.child_id is not distinct from old.child_id then
    return new;
  end if;
  raise exception 'audit_event is append-only: % is not allowed', tg_op;
end
$$;

update audit_event set position = id;

alter table audit_event add constraint audit_event_sealed_whole
  check ((position is null) = (hash is null) and (position is null) = (prev_hash is null));

-- The text an event's hash covers in the second format: a JSON array with no spaces, exactly as
-- JavaScript's JSON.stringify writes the same array (canonicaliseSealed in chain.ts; a test
-- checks the two agree on both engines, for any text).
create function audit_canonical_sealed(prev_hash text, e audit_event) returns text
language sql stable set search_path = pg_catalog, public as $$
  select '[' || concat_ws(',',
    to_json('tidlig-audit/2'::text)::text,
    to_json(prev_hash)::text,
    to_json(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
    coalesce(to_json(e.actor_staff_id::text)::text, 'null'),
    coalesce(to_json(e.actor_role)::text, 'null'),
    coalesce(to_json(e.actor_unit_id::text)::text, 'null'),
    to_json(e.action)::text,
    to_json(e.resource_type)::text,
    coalesce(to_json(e.resource_id)::text, 'null'),
    coalesce(to_json(e.purpose)::text, 'null'),
    to_json(e.outcome)::text,
    to_json(e.emergency)::text,
    coalesce(to_json(e.child_id::text)::text, 'null')
  ) || ']'
$$;

-- Seals up to max_events unsealed events in id order and returns how many, or -1 when another
-- sealer holds the lock (7_311_2027, LOCK_KEYS.auditSeal). Run it as a statement of its own:
-- the lock and the new positions are released and visible at its commit.
create function audit_seal(max_events integer) returns integer
language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  head_position bigint;
  head_hash text;
  next_hash text;
  event audit_event;
  sealed integer := 0;
begin
  if not pg_try_advisory_xact_lock(73112027) then
    return -1;
  end if;
  select a.position, a.hash into head_position, head_hash
    from audit_event a where a.position is not null order by a.position desc limit 1;
  head_position := coalesce(head_position, 0);
  head_hash := coalesce(head_hash, repeat('0', 64));
  for event in
    select * from audit_event a where a.position is null order by a.id limit greatest(1, least(max_events, 100000))
  loop
    next_hash := encode(sha256(convert_to(audit_canonical_sealed(head_hash, event), 'UTF8')), 'hex');
    head_position := head_position + 1;
    update audit_event set position = head_position, prev_hash = head_hash, hash = next_hash, sealed_at = clock_timestamp()
      where id = event.id;
    head_hash := next_hash;
    sealed := sealed + 1;
  end loop;
  return sealed;
end
$$;

revoke all on function audit_seal(integer) from public;
revoke all on function audit_canonical_sealed(text, audit_event) from public;
do $$
begin
  if exists (select from pg_roles where rolname = 'tidlig_app') then
    revoke insert on audit_event from tidlig_app;
    grant insert (actor_staff_id, actor_role, actor_unit_id, action, resource_type, resource_id, purpose, outcome, emergency, child_id)
      on audit_event to tidlig_app;
    grant execute on function audit_seal(integer) to tidlig_app;
  end if;
end
$$;
