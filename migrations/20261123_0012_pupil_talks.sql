-- Pupils' own requests (issue 5): a pupil asks to talk with the unit's network contact (on
-- the school's device in pupil mode, or registered by staff); the contact records the talk
-- with least data; the parents are told together with the pupil, or — where telling them
-- could put the child at risk — the case goes to child welfare's intake list instead.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.

-- A school device switched into pupil mode for one unit. Only the SHA-256 of the device's
-- token is kept (like sessions); the staff member who opened it answers for it.
create table pupil_mode (
  token_hash          text primary key,
  unit_id             uuid not null references unit (id) on delete cascade,
  opened_by_staff_id  uuid not null references staff (id) on delete cascade,
  opened_at           timestamptz not null default now(),
  expires_at          timestamptz not null
);
create index pupil_mode_expires_idx on pupil_mode (expires_at);

-- A pupil's request to talk: a first name and a class or group, so the contact can find them,
-- and optionally when they are free and roughly what about, chosen from fixed lists.
create table pupil_talk_request (
  id                      uuid primary key default gen_random_uuid(),
  unit_id                 uuid not null references unit (id) on delete cascade,
  first_name              text not null check (char_length(first_name) between 1 and 40),
  class_group             text not null check (char_length(class_group) between 1 and 20),
  free_when               text check (free_when in ('break', 'before_school', 'after_school', 'any_time')),
  about                   text check (about in ('friends', 'school', 'home', 'feelings', 'body', 'other')),
  source                  text not null check (source in ('pupil_mode', 'staff')),
  registered_by_staff_id  uuid references staff (id) on delete set null,
  -- A double tap on the device or a retried form creates one request.
  idempotency_key         text unique,
  created_at              timestamptz not null default now()
);
create index pupil_talk_request_unit_idx on pupil_talk_request (unit_id, created_at);

-- The talk, recorded with least data, and the parent notice that follows it.
create table pupil_talk (
  id                        uuid primary key default gen_random_uuid(),
  request_id                uuid not null unique references pupil_talk_request (id) on delete cascade,
  unit_id                   uuid not null references unit (id) on delete cascade,
  contact_staff_id          uuid not null references staff (id) on delete restrict,
  held_on                   date not null,
  duration_minutes          integer not null check (duration_minutes between 5 and 240),
  topic                     text not null check (topic in ('friends', 'school', 'home', 'feelings', 'body', 'other')),
  follow_up                 boolean not null,
  -- Short and non-identifying: checked by the anonymity guard before it is saved.
  note                      text check (char_length(note) between 1 and 500),
  -- Linked to the child in the register only when the parent notice or a referral needs it.
  child_id                  uuid references child (id) on delete set null,
  notice_status             text not null default 'none'
                            check (notice_status in ('none', 'drafted', 'given', 'withheld')),
  notice_locale             text check (notice_locale in ('nb', 'nn', 'da', 'en')),
  notice_text               text check (char_length(notice_text) between 1 and 2000),
  notice_given_at           timestamptz,
  notice_given_how          text check (notice_given_how in ('in_person', 'phone', 'letter', 'digital')),
  notice_given_by_staff_id  uuid references staff (id) on delete set null,
  notice_pupil_present      boolean,
  -- Set when the notice was given or withheld: retention counts from here.
  closed_at                 timestamptz,
  -- Optimistic locking: an edit names the version it read and bumps it.
  version                   integer not null default 1,
  created_at                timestamptz not null default now(),
  check (notice_status not in ('drafted', 'given') or (child_id is not null and notice_locale is not null and notice_text is not null)),
  check (notice_status <> 'given' or (notice_given_at is not null and notice_given_how is not null and notice_pupil_present is not null))
);
create index pupil_talk_unit_idx on pupil_talk (unit_id, held_on);

-- Parents not told because it could put the child at risk: the case goes to child welfare.
-- This is the municipality's intake list; it outlives the talk (it is intake's record now).
create table pupil_talk_referral (
  id                    uuid primary key default gen_random_uuid(),
  talk_id               uuid unique references pupil_talk (id) on delete set null,
  municipality_id       uuid not null references municipality (id) on delete cascade,
  unit_id               uuid not null references unit (id) on delete cascade,
  child_id              uuid not null references child (id) on delete cascade,
  referred_on           date not null,
  referred_by_staff_id  uuid references staff (id) on delete set null,
  reason                text not null check (char_length(reason) between 1 and 2000),
  created_at            timestamptz not null default now()
);
create index pupil_talk_referral_municipality_idx on pupil_talk_referral (municipality_id, referred_on);
