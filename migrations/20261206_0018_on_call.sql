-- The on-call call log (issue 14): each call or visit outside office hours, logged by the
-- on-call service (a unit of kind on_call_service, for one of its cooperation's municipalities)
-- or an evening team (the on_call_workers of a child_welfare unit, for its own municipality).
-- A call that needs follow-up goes to the municipality's intake at the next handover, where
-- intake marks it taken over. The closed lists mirror src/on-call/domain/.
-- Plain SQL that runs on PGlite and PostgreSQL in the runner's one transaction.

create table on_call_call (
  id                      uuid primary key default gen_random_uuid(),
  unit_id                 uuid not null references unit (id) on delete cascade,
  -- The municipality the call is about: the one whose intake takes it over.
  municipality_id         uuid not null references municipality (id) on delete cascade,
  received_at             timestamptz not null,
  caller                  text not null check (caller in ('child', 'parents', 'other_family', 'neighbour',
                            'child_welfare_service', 'social_services', 'on_call_service', 'police',
                            'kindergarten', 'health_station', 'school', 'ppt', 'mental_health', 'doctor_hospital',
                            'emergency_room', 'asylum_reception', 'crisis_centre', 'outreach', 'voluntary',
                            'other_public', 'other')),
  category                text not null check (category in ('wellbeing', 'absence', 'conflict_at_home', 'neglect', 'behaviour', 'development', 'substance_use', 'other')),
  -- What was done: one or more of advice_by_phone, home_visit, control_visit, with_police, placement.
  responses               text[] not null check (cardinality(responses) >= 1
                            and responses <@ array['advice_by_phone', 'home_visit', 'control_visit', 'with_police', 'placement']::text[]),
  placement               text not null check (placement in ('not_considered', 'considered', 'prevented', 'made')),
  -- When the emergency decision was made: the county tribunal's 48 hours run from here.
  placement_made_at       timestamptz,
  minutes_spent           integer not null check (minutes_spent between 1 and 1440),
  summary                 text not null check (char_length(summary) between 1 and 4000),
  follow_up               boolean not null,
  -- Linked only when the child is known and the link is needed.
  child_id                uuid references child (id) on delete set null,
  recorded_by_staff_id    uuid references staff (id) on delete set null,
  taken_over_at           timestamptz,
  taken_over_by_staff_id  uuid references staff (id) on delete set null,
  idempotency_key         text unique,
  version                 integer not null default 1,
  created_at              timestamptz not null default now(),
  check ((placement = 'made') = (placement_made_at is not null)),
  check (taken_over_at is null or follow_up)
);
create index on_call_call_unit_idx on on_call_call (unit_id, received_at);
create index on_call_call_handover_idx on on_call_call (municipality_id, received_at) where follow_up;

-- The worker(s) who handled the call.
create table on_call_call_worker (
  call_id   uuid not null references on_call_call (id) on delete cascade,
  staff_id  uuid not null references staff (id) on delete cascade,
  primary key (call_id, staff_id)
);
