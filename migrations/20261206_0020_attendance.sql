-- Attendance follow-up (issue 15): absence imported from the schools' admin systems, the
-- municipality's saved column mapping per source system, each import's outcome with its
-- refused rows, and the flags the municipality's guideline raises.

-- How one source system's export (Visma Flyt Skole, Vigilo, Lectio …) maps onto Tidlig's
-- absence model; saved once per municipality and source, used by every import of it.
create table attendance_mapping (
  municipality_id  uuid not null references municipality (id) on delete cascade,
  source           text not null check (source ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  mapping          jsonb not null,
  updated_at       timestamptz not null default now(),
  primary key (municipality_id, source)
);

-- One pupil's absence on one school day: lesson 0 is the whole day, so the key is one row
-- per pupil, day and lesson, and a corrected file replaces a row rather than adding one.
create table absence (
  child_id         uuid not null references child (id) on delete cascade,
  date             date not null,
  lesson           smallint not null check (lesson between 0 and 20),
  unit_id          uuid not null references unit (id) on delete cascade,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  minutes          smallint not null check (minutes between 1 and 1440),
  kind             text not null check (kind in
                     ('documented', 'undocumented', 'sick', 'permitted', 'late', 'left_early', 'illegal')),
  source           text not null,
  import_id        uuid,
  primary key (child_id, date, lesson)
);
create index absence_municipality_date_idx on absence (municipality_id, date);
create index absence_unit_date_idx on absence (unit_id, date);

-- One run of an import: who ran it, from which source, and what became of its rows.
create table attendance_import (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  unit_id          uuid references unit (id) on delete cascade,
  source           text not null,
  started_by       uuid references staff (id) on delete set null,
  started_at       timestamptz not null default now(),
  rows_read        integer not null default 0,
  accepted         integer not null default 0,
  changed          integer not null default 0,
  rejected         integer not null default 0
);
create index attendance_import_municipality_idx on attendance_import (municipality_id, started_at);

-- A refused row: its line in the file, the reason (a code the pages translate) and the column.
create table attendance_rejection (
  import_id  uuid not null references attendance_import (id) on delete cascade,
  line       integer not null,
  reason     text not null,
  column_name text,
  primary key (import_id, line)
);

-- The municipality's guideline: a preset, as data (domain/guideline.ts).
create table attendance_guideline (
  municipality_id  uuid primary key references municipality (id) on delete cascade,
  guideline        jsonb not null,
  version          integer not null default 1
);

-- A rule a pupil reached, with the figures behind it. A flag is never deleted by a
-- recompute: it stays open until handled, and its figures are refreshed while it is open.
create table attendance_flag (
  id               uuid primary key default gen_random_uuid(),
  child_id         uuid not null references child (id) on delete cascade,
  unit_id          uuid not null references unit (id) on delete cascade,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  rule_id          text not null,
  stage            smallint not null,
  measure          text not null,
  comparison       text not null check (comparison in ('more_than', 'at_least')),
  threshold        numeric not null,
  value            numeric not null,
  window_from      date not null,
  window_to        date not null,
  school_days      integer not null,
  raised_on        date not null,
  status           text not null default 'open' check (status in ('open', 'handled')),
  handled_at       timestamptz,
  handled_by       uuid references staff (id) on delete set null,
  handled_note     text
);
-- At most one open flag per pupil and rule: a recompute refreshes its figures. A handled flag
-- keeps a new one from being raised until its window has passed (flags-sql.ts).
create unique index attendance_flag_open_idx on attendance_flag (child_id, rule_id) where status = 'open';
create index attendance_flag_unit_status_idx on attendance_flag (unit_id, status);
