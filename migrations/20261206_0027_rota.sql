-- The rota of an evening team or an on-call service (issue 14): its shift templates and rule
-- settings, the profiles of the staff it plans (contract share, experience, weekdays they never
-- work), the plans a leader generates, adjusts and publishes, and the swaps workers ask for.
-- The templates, settings and a plan's problem are stored in the JSON shape of
-- src/rota/schema.ts, which validates them on the way in; a plan keeps the problem it was
-- solved from, so a published rota can always be checked again against what it was made for.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table rota_service (
  unit_id     uuid primary key references unit (id) on delete cascade,
  templates   jsonb not null,
  rules       jsonb not null default '{}'::jsonb,
  version     integer not null default 1,
  updated_at  timestamptz not null default now()
);

create table rota_staff (
  unit_id               uuid not null references rota_service (unit_id) on delete cascade,
  staff_id              uuid not null references staff (id) on delete cascade,
  fte                   numeric(3, 2) not null check (fte between 0.1 and 1),
  experienced           boolean not null default false,
  unavailable_weekdays  jsonb not null default '[]'::jsonb,
  -- Dates (and times) the person cannot work, and shifts they want or would rather avoid.
  unavailable           jsonb not null default '[]'::jsonb,
  wishes                jsonb not null default '[]'::jsonb,
  version               integer not null default 1,
  primary key (unit_id, staff_id)
);

create table rota_plan (
  id                     uuid primary key,
  unit_id                uuid not null references rota_service (unit_id) on delete cascade,
  from_date              date not null,
  -- 4–12 when planned; fewer once a later plan took over its last weeks.
  weeks                  integer not null check (weeks between 1 and 12),
  state                  text not null check (state in ('solving', 'draft', 'published', 'replaced', 'failed')),
  problem                jsonb not null,
  -- [{ "shift": "<template>@<date>", "staff": ["<staff id>", ...] }, ...]
  assignments            jsonb not null default '[]'::jsonb,
  -- The solver's last word: status, proven, figures, bound, gap, seconds, explanation.
  outcome                jsonb,
  progress               jsonb,
  stop_requested         boolean not null default false,
  created_by_staff_id    uuid not null references staff (id),
  created_at             timestamptz not null,
  published_at           timestamptz,
  published_by_staff_id  uuid references staff (id),
  idempotency_key        text unique,
  version                integer not null default 1
);
create index rota_plan_unit_idx on rota_plan (unit_id, from_date desc);

create table rota_swap (
  id                   uuid primary key,
  plan_id              uuid not null references rota_plan (id) on delete cascade,
  shift                text not null,
  from_staff_id        uuid not null references staff (id),
  to_staff_id          uuid not null references staff (id),
  state                text not null check (state in ('requested', 'approved', 'refused')),
  requested_at         timestamptz not null,
  decided_at           timestamptz,
  decided_by_staff_id  uuid references staff (id),
  idempotency_key      text unique,
  version              integer not null default 1,
  check (from_staff_id <> to_staff_id)
);
create index rota_swap_plan_idx on rota_swap (plan_id, state);
