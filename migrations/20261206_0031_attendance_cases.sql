-- Attendance follow-up cases (issue 15, "Follow-up"): a flag opens a case for the pupil, or
-- joins the one already open; the case has a coordinator, steps with owners and dates, a log of
-- contacts with the home, and closes with a reason from a fixed list.

create table attendance_case (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  unit_id          uuid not null references unit (id) on delete cascade,
  child_id         uuid not null references child (id) on delete cascade,
  -- A leader of the school who follows the case up; the one who opened it unless named.
  coordinator_id   uuid references staff (id) on delete set null,
  opened_by        uuid references staff (id) on delete set null,
  opened_at        timestamptz not null,
  closed_at        timestamptz,
  closed_by        uuid references staff (id) on delete set null,
  close_reason     text check (close_reason in
                     ('back_at_school', 'absence_explained', 'referred_on', 'moved_away', 'other')),
  close_note       text,
  version          integer not null default 1,
  check ((closed_at is null) = (close_reason is null))
);
-- One open case per pupil and school: a second flag joins it (the service relies on this
-- index to settle two coordinators opening at once).
create unique index attendance_case_open_idx on attendance_case (child_id, unit_id) where closed_at is null;
create index attendance_case_unit_idx on attendance_case (unit_id, closed_at);

-- The flags a case follows up; a flag belongs to at most one case.
alter table attendance_flag add column case_id uuid references attendance_case (id) on delete set null;
create index attendance_flag_case_idx on attendance_flag (case_id);

-- A measure planned in the case (BTI-style): what, who owns it, by when, when to review it.
create table attendance_case_step (
  id          uuid primary key default gen_random_uuid(),
  -- The form's key: a retry of the same submission adds nothing more.
  idempotency_key text not null unique,
  case_id     uuid not null references attendance_case (id) on delete cascade,
  kind        text not null check (kind in
                ('call_home', 'meeting', 'attendance_team', 'return_plan', 'consultation', 'other')),
  what        text not null,
  owner_id    uuid references staff (id) on delete set null,
  due_on      date not null,
  review_on   date,
  done_at     timestamptz,
  created_by  uuid references staff (id) on delete set null,
  created_at  timestamptz not null
);
create index attendance_case_step_case_idx on attendance_case_step (case_id);

-- One contact about the pupil's absence: who reached whom, when, how, what came of it and
-- what was agreed. Short texts, checked for identifying details like the other notes.
create table attendance_contact (
  id            uuid primary key default gen_random_uuid(),
  idempotency_key text not null unique,
  case_id       uuid not null references attendance_case (id) on delete cascade,
  contacted_on  date not null,
  by_staff_id   uuid references staff (id) on delete set null,
  with_whom     text not null check (with_whom in ('parents', 'pupil', 'pupil_and_parents', 'other_service')),
  how           text not null check (how in ('phone', 'meeting', 'message', 'home_visit')),
  outcome       text not null,
  agreed        text not null,
  created_at    timestamptz not null
);
create index attendance_contact_case_idx on attendance_contact (case_id);
