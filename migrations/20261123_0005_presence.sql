-- Presence (issue 4): network contacts' weekly consultation hours at units, staff's bookings
-- of their slots, and each municipality's school holidays (the days nothing is held).
-- Plain SQL that runs on PGlite and PostgreSQL in the runner's one transaction.
-- Grants for tidlig_app come from the default privileges set in 0004.

create table consultation_hour (
  id                uuid primary key default gen_random_uuid(),
  unit_id           uuid not null references unit (id) on delete cascade,
  -- The network contact who holds the hour.
  contact_staff_id  uuid not null references staff (id) on delete cascade,
  weekday           smallint not null check (weekday between 1 and 5),
  start_time        text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time          text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  slot_minutes      smallint not null check (slot_minutes > 0),
  from_date         date not null,
  to_date           date not null,
  created_at        timestamptz not null default now(),
  -- Optimistic locking: an edit names the version it read and bumps it.
  version           integer not null default 1,
  -- 'HH:MM' compares as text in clock order.
  check (end_time > start_time),
  check (to_date >= from_date)
);
create index consultation_hour_unit_idx on consultation_hour (unit_id);
create index consultation_hour_contact_idx on consultation_hour (contact_staff_id);

create table booking (
  id                    uuid primary key default gen_random_uuid(),
  consultation_hour_id  uuid not null references consultation_hour (id) on delete cascade,
  date                  date not null,
  start_time            text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  booked_by_staff_id    uuid not null references staff (id) on delete cascade,
  -- A closed list of categories, so that the topic never carries free text about a child.
  topic                 text not null check (topic in
                          ('wellbeing', 'absence', 'conflict_at_home', 'neglect', 'behaviour',
                           'development', 'substance_use', 'other')),
  -- Checked by the anonymity guard before it is saved: must not identify a child.
  purpose               text not null check (char_length(purpose) <= 500),
  status                text not null default 'booked' check (status in ('booked', 'cancelled')),
  -- A client's retry of the same request returns the same booking.
  idempotency_key       text unique,
  created_at            timestamptz not null default now(),
  cancelled_at          timestamptz,
  check ((status = 'cancelled') = (cancelled_at is not null))
);
-- A slot is booked at most once, whatever races happen above the database.
create unique index booking_slot_once_idx on booking (consultation_hour_id, date, start_time) where status = 'booked';
create index booking_booker_idx on booking (booked_by_staff_id);

-- The municipality's school holiday periods, both ends inclusive ("Høstferie").
create table school_holiday (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  from_date        date not null,
  to_date          date not null,
  label            text not null,
  check (to_date >= from_date)
);
create index school_holiday_municipality_idx on school_holiday (municipality_id);
