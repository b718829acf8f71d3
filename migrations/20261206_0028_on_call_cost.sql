-- The on-call service's monthly cost statement (issue 14), and at the end the noon message to
-- the leaders. Per service and month: the cost the cooperation shares (in øre), the key it is
-- split by (percent of population, calls and time spent, adding up to 100) and each
-- municipality's population that month. The calls and
-- minutes come from the call log (on_call_call), so a month's statement can be computed again
-- from what is stored. The organisation holds no population, so it is kept here, per month:
-- a later change does not rewrite an earlier month's statement.
-- Plain SQL that runs on PGlite and PostgreSQL. Grants for tidlig_app come from the default
-- privileges set in 0004.
create table on_call_cost_month (
  unit_id             uuid not null references unit (id) on delete cascade,
  month               text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  cost_ore            bigint not null check (cost_ore >= 0),
  population_percent  integer not null check (population_percent between 0 and 100),
  calls_percent       integer not null check (calls_percent between 0 and 100),
  minutes_percent     integer not null check (minutes_percent between 0 and 100),
  version             integer not null default 1,
  updated_at          timestamptz not null default now(),
  updated_by_staff_id uuid references staff (id) on delete set null,
  primary key (unit_id, month),
  check (population_percent + calls_percent + minutes_percent = 100)
);

create table on_call_cost_population (
  unit_id          uuid not null,
  month            text not null,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  population       integer not null check (population between 0 and 10000000),
  primary key (unit_id, month, municipality_id),
  foreign key (unit_id, month) references on_call_cost_month (unit_id, month) on delete cascade
);

-- The message to a municipality's leaders when a morning's handover is not taken over by noon:
-- one row per municipality and handover morning, queued in the transaction that logs a call
-- needing follow-up, claimed and marked sent by the job, so each handover's message goes once.
-- No personal data: the mail says how many calls wait, and links to the handover page.
create table on_call_noon_notice (
  id               uuid primary key default gen_random_uuid(),
  municipality_id  uuid not null references municipality (id) on delete cascade,
  handover_date    text not null check (handover_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  due_at           timestamptz not null,
  sent_at          timestamptz,
  unique (municipality_id, handover_date)
);
create index on_call_noon_notice_due_idx on on_call_noon_notice (due_at) where sent_at is null;

-- A concern report received outside office hours, noted for the night's log of the on-call
-- services covering its municipality (intake reads it the next working morning). The report's
-- id, municipality and time only: its content stays with the concern reports.
create table on_call_report_notice (
  report_id        uuid primary key references concern_report (id) on delete cascade,
  municipality_id  uuid not null references municipality (id) on delete cascade,
  received_at      timestamptz not null
);
create index on_call_report_notice_idx on on_call_report_notice (municipality_id, received_at);
