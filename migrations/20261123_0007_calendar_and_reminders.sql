-- Calendar feeds and reminders: each person's secret, revocable iCalendar URL (only the
-- SHA-256 of its token is kept, like sessions) and the durable queue of e-mail reminders the
-- day before a booking or a team meeting. Plain SQL that runs on PGlite and PostgreSQL.
-- Grants for tidlig_app come from the default privileges set in 0004.

create table calendar_feed (
  staff_id    uuid primary key references staff (id) on delete cascade,
  token_hash  text not null unique,
  created_at  timestamptz not null default now()
);

create table reminder (
  id                  uuid primary key default gen_random_uuid(),
  kind                text not null check (kind in ('booking', 'meeting')),
  -- The booking's or the team meeting's id (two tables, so no foreign key).
  subject_id          uuid not null,
  recipient_staff_id  uuid not null references staff (id) on delete cascade,
  due_at              timestamptz not null,
  -- Set in the claiming transaction before the mail goes out: a reminder is sent at most once.
  sent_at             timestamptz,
  created_at          timestamptz not null default now(),
  unique (kind, subject_id, recipient_staff_id)
);
create index reminder_due_idx on reminder (due_at) where sent_at is null;
