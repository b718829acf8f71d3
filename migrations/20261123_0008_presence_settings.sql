-- Presence settings (issue 4): how long a network contact needs to travel between two units,
-- as a default per municipality and, where it differs, per pair of units. The clash check
-- keeps this much time free between hours at different units. Holidays stay in school_holiday.
-- Plain SQL that runs on PGlite and PostgreSQL in the runner's one transaction.
-- Grants for tidlig_app come from the default privileges set in 0004.

create table presence_settings (
  municipality_id  uuid primary key references municipality (id) on delete cascade,
  travel_minutes   smallint not null default 30 check (travel_minutes between 0 and 240),
  -- Optimistic locking for the settings page: a save names the version it read and bumps it.
  -- A municipality without a row is at version 0 with the defaults.
  version          integer not null default 1,
  updated_at       timestamptz not null default now()
);

create table travel_time (
  municipality_id  uuid not null references municipality (id) on delete cascade,
  -- One row per unordered pair: the smaller id first.
  unit_a           uuid not null references unit (id) on delete cascade,
  unit_b           uuid not null references unit (id) on delete cascade,
  minutes          smallint not null check (minutes between 0 and 240),
  primary key (unit_a, unit_b),
  check (unit_a < unit_b)
);
create index travel_time_municipality_idx on travel_time (municipality_id);
