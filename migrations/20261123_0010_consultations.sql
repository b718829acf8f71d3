-- Consultations (issue 5): a concern about a child or a group discussed with the network
-- contact, either anonymously (no link to any child, the text checked by the anonymity guard),
-- with a guardian's consent (linked to the child and to that consent), or about a group.
-- Anonymous and group records are deleted after a configurable number of school years and
-- consented ones when their consent ends; only counts are kept (consultation_statistic).
-- Plain SQL that runs on PGlite and PostgreSQL in the runner's one transaction.
-- Grants for tidlig_app come from the default privileges set in 0004.

create table consent (
  id                  uuid primary key default gen_random_uuid(),
  child_id            uuid not null references child (id) on delete cascade,
  guardian_id         uuid not null references guardian (id) on delete restrict,
  -- What the guardian agreed to: 'consultation', 'team_meeting', 'partner_sharing'.
  scopes              text[] not null check (cardinality(scopes) >= 1),
  given_on            date not null,
  expires_on          date not null,
  withdrawn_on        date,
  withdrawn_by        uuid references staff (id) on delete set null,
  registered_by       uuid not null references staff (id) on delete restrict,
  -- Chosen by the form once; a retry with the same key registers nothing new.
  idempotency_key     text unique,
  created_at          timestamptz not null default now(),
  check (expires_on > given_on),
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index consent_child_idx on consent (child_id);

create table consultation (
  id                    uuid primary key default gen_random_uuid(),
  unit_id               uuid not null references unit (id) on delete cascade,
  mode                  text not null check (mode in ('anonymous', 'consented', 'group')),
  child_id              uuid references child (id) on delete cascade,
  consent_id            uuid references consent (id) on delete restrict,
  group_label           text check (char_length(group_label) between 1 and 200),
  category              text not null check (category in ('wellbeing', 'absence', 'conflict_at_home', 'neglect', 'behaviour', 'development', 'substance_use', 'other')),
  description           text not null check (char_length(description) between 1 and 4000),
  advice                text not null check (char_length(advice) <= 4000),
  outcome               text not null check (outcome in ('handled_by_unit', 'referred_family_centre', 'referred_ppt', 'referred_health_nurse', 'concern_report_recommended', 'nothing_further')),
  held_on               date not null,
  -- '2026/27': what retention and the statistics count by.
  school_year           text not null check (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
  recorded_by_staff_id  uuid references staff (id) on delete set null,
  idempotency_key       text unique,
  -- Optimistic locking: an edit names the version it read and bumps it.
  version               integer not null default 1,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  -- Anonymous must really mean anonymous: nothing that links to a child may be stored.
  check (
    (mode = 'anonymous' and child_id is null and consent_id is null and group_label is null) or
    (mode = 'consented' and child_id is not null and consent_id is not null and group_label is null) or
    (mode = 'group' and child_id is null and consent_id is null and group_label is not null)
  )
);
create index consultation_unit_idx on consultation (unit_id, held_on);
create index consultation_child_idx on consultation (child_id) where child_id is not null;
create index consultation_year_idx on consultation (school_year) where mode <> 'consented';

create table consultation_follow_up (
  id               uuid primary key default gen_random_uuid(),
  consultation_id  uuid not null references consultation (id) on delete cascade,
  text             text not null check (char_length(text) between 1 and 1000),
  owner_staff_id   uuid not null references staff (id) on delete restrict,
  due_on           date not null,
  position         integer not null
);
create index consultation_follow_up_idx on consultation_follow_up (consultation_id, position);

-- What is left of deleted consultations: counts only, never who or what.
create table consultation_statistic (
  unit_id      uuid not null references unit (id) on delete cascade,
  school_year  text not null,
  mode         text not null,
  category     text not null,
  outcome      text not null,
  count        integer not null check (count >= 0),
  primary key (unit_id, school_year, mode, category, outcome)
);
