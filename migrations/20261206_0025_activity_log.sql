-- The network contact's activity log (issue 16, "Did the pilot work?"): what the contact did at
-- a unit they serve besides consultations (guiding staff, parent meetings, classroom sessions,
-- outreach in the school day, team meetings), so a leader can set the time spent beside the
-- outcomes. Counts and minutes only: no names; the optional note is checked by the anonymity
-- guard before it is saved. The closed list and the bounds mirror src/activity/domain/.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table activity_entry (
  id                uuid primary key default gen_random_uuid(),
  municipality_id   uuid not null references municipality (id) on delete cascade,
  unit_id           uuid not null references unit (id) on delete cascade,
  contact_staff_id  uuid not null references staff (id) on delete cascade,
  kind              text not null check (kind in ('staff_guidance', 'parent_meeting', 'classroom_session', 'outreach', 'team_meeting')),
  held_on           date not null,
  minutes           integer not null check (minutes between 5 and 720),
  people            integer not null check (people between 1 and 500),
  note              text check (note is null or char_length(note) between 1 and 500),
  idempotency_key   text unique,
  version           integer not null default 1,
  created_at        timestamptz not null default now()
);
-- The contact's own list, newest first; the leader's sums per unit and month.
create index activity_entry_contact_idx on activity_entry (contact_staff_id, held_on desc);
create index activity_entry_unit_idx on activity_entry (unit_id, held_on);
