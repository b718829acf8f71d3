-- A municipality's saved pilots (issue 16: "the pilot is data"): which units started when, and
-- which units are the comparison group — chosen by the leader, or all other units of the pilot
-- units' kind. The leader saves it once and every evaluation reads it back, instead of ticking
-- the units each time. Saved whole with the version read (optimistic locking); the id is chosen
-- by the client, so saving a new pilot twice makes one. No child, no text about one.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table evaluation_pilot (
  id               uuid primary key,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  name             text not null check (char_length(name) between 1 and 120),
  comparison       text not null check (comparison in ('all_of_kind', 'chosen')),
  version          integer not null default 1 check (version >= 1)
);
create index evaluation_pilot_municipality_idx on evaluation_pilot (municipality_id);

-- A pilot unit with the day it started, or (started_on null) a chosen comparison unit. The key
-- keeps a unit from being both.
create table evaluation_pilot_unit (
  pilot_id    uuid not null references evaluation_pilot (id) on delete cascade,
  unit_id     uuid not null references unit (id) on delete cascade,
  started_on  date,
  primary key (pilot_id, unit_id)
);
