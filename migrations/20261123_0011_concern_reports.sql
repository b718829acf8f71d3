-- Concern reports (issue 6): the reporter's drafts and submitted reports, child welfare's
-- decision on each, and the phone numbers the assistant gives for acute situations.
-- Grants for tidlig_app come from the default privileges set in 0004.

-- The public phone number of a child welfare service or an on-call service.
create table service_phone (
  unit_id  uuid primary key references unit (id) on delete cascade,
  phone    text not null check (char_length(phone) between 3 and 30)
);

create table concern_report (
  id                          uuid primary key default gen_random_uuid(),
  reporter_staff_id           uuid not null references staff (id) on delete cascade,
  -- The unit the reporter wrote for; their workplace in the report.
  reporter_unit_id            uuid not null references unit (id),
  status                      text not null default 'draft' check (status in ('draft', 'submitted')),
  -- The sections (content-schema.ts), saved as typed; never logged.
  content                     jsonb not null,
  -- Optimistic locking: an autosave or a decision names the version it read and bumps it.
  version                     integer not null default 1,
  -- A retry of the request that created the draft returns the same draft.
  create_key                  text unique,
  created_at                  timestamptz not null default now(),
  updated_at                  timestamptz not null default now(),
  -- Set on submission. The municipality whose intake queue receives it: the one serving the child.
  municipality_id             uuid references municipality (id),
  -- Set when the reporter works in another municipality: routed, not lost.
  routed_from_municipality_id uuid references municipality (id),
  -- The register child the report is about; null when entered by hand (flagged for intake).
  child_id                    uuid references child (id),
  -- The child is in none of the reporter's units: allowed, and shown to intake.
  outside_reporter_units      boolean,
  reporter_locale             text check (reporter_locale in ('nb', 'nn', 'da', 'en')),
  submit_key                  text unique,
  received_at                 timestamptz,
  decision                    text check (decision in ('closed_after_review', 'investigation_opened', 'acute_measure')),
  decision_reason             text check (char_length(decision_reason) <= 2000),
  decided_at                  timestamptz,
  decided_by_staff_id         uuid references staff (id),
  -- Norway: the investigation may run six months in special cases, with the reason recorded.
  extension_reason            text check (char_length(extension_reason) <= 2000),
  extended_at                 timestamptz,
  check ((status = 'submitted') = (received_at is not null and municipality_id is not null and reporter_locale is not null)),
  check ((decision is null) = (decided_at is null)),
  check (decision is null or (decision_reason is not null and decided_by_staff_id is not null)),
  check ((extension_reason is null) = (extended_at is null)),
  check (extension_reason is null or decision in ('investigation_opened', 'acute_measure'))
);
create index concern_report_reporter_idx on concern_report (reporter_staff_id);
create index concern_report_intake_idx on concern_report (municipality_id, received_at) where status = 'submitted';
