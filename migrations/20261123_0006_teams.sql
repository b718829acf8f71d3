-- Teams (issue 4): each school's and kindergarten's cross-sector team ("På tvers": the unit
-- leader and its fixed partners in the family centre, child welfare and PPT) and the team's
-- annual plan of meetings ("årshjul") with agenda, minutes and action points.
-- Plain SQL that runs on PGlite and PostgreSQL in the runner's one transaction.
-- Grants for tidlig_app come from the default privileges set in 0004.

create table team_member (
  unit_id       uuid not null references unit (id) on delete cascade,
  staff_id      uuid not null references staff (id) on delete cascade,
  role_in_team  text not null check (role_in_team in ('leader', 'family_centre', 'child_welfare', 'ppt')),
  primary key (unit_id, staff_id, role_in_team)
);
create index team_member_staff_idx on team_member (staff_id);

create table team_meeting (
  id           uuid primary key default gen_random_uuid(),
  unit_id      uuid not null references unit (id) on delete cascade,
  -- '2026/27': the school year the meeting belongs to in the plan.
  school_year  text not null check (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
  date         date not null,
  start_time   text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time     text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  status       text not null default 'proposed' check (status in ('proposed', 'published', 'held')),
  minutes      text check (char_length(minutes) <= 20000),
  -- Optimistic locking: an edit names the version it read and bumps it.
  version      integer not null default 1,
  created_at   timestamptz not null default now(),
  check (end_time > start_time)
);
create index team_meeting_unit_year_idx on team_meeting (unit_id, school_year, date);

create table agenda_item (
  id          uuid primary key default gen_random_uuid(),
  meeting_id  uuid not null references team_meeting (id) on delete cascade,
  -- An anonymous case is checked by the anonymity guard before it is saved.
  kind        text not null check (kind in ('theme', 'anonymous_case')),
  text        text not null check (char_length(text) between 1 and 2000),
  created_at  timestamptz not null default now()
);
create index agenda_item_meeting_idx on agenda_item (meeting_id);

create table action_point (
  id               uuid primary key default gen_random_uuid(),
  meeting_id       uuid not null references team_meeting (id) on delete cascade,
  text             text not null check (char_length(text) between 1 and 2000),
  owner_staff_id   uuid not null references staff (id) on delete restrict,
  due_date         date not null,
  status           text not null default 'open' check (status in ('open', 'done')),
  -- Set on an open action point carried over from an earlier meeting when that one was held.
  carried_from_id  uuid references action_point (id) on delete set null,
  created_at       timestamptz not null default now()
);
create index action_point_meeting_idx on action_point (meeting_id);
create index action_point_owner_idx on action_point (owner_staff_id);
