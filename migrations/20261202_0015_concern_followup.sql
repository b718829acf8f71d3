-- Concern reports, round 2 (issue 10): intake records how an investigation ended, which
-- starts the Norwegian clock for the second feedback to a public reporter; and the
-- municipality's own numbers for the acute advice, set by its administrator.
-- Grants for tidlig_app come from the default privileges set in 0004.

alter table concern_report
  -- Closed, or followed up with measures; the date it ended (a local date), and who recorded it when.
  add column conclusion          text check (conclusion in ('closed', 'followed_up')),
  add column concluded_on        date,
  add column concluded_at        timestamptz,
  add column concluded_by_staff_id uuid references staff (id),
  add constraint concern_report_conclusion_complete
    check ((conclusion is null) = (concluded_on is null)
       and (conclusion is null) = (concluded_at is null)
       and (conclusion is null) = (concluded_by_staff_id is null)),
  add constraint concern_report_conclusion_after_investigation
    check (conclusion is null or decision in ('investigation_opened', 'acute_measure'));

-- The numbers the assistant gives when a child is in danger now. Either may be empty: the
-- assistant then gives the numbers of the child welfare unit, the cooperation's on-call
-- service, and the country's national numbers (domain/law.ts).
create table municipality_service_number (
  municipality_id     uuid primary key references municipality (id) on delete cascade,
  child_welfare_phone text check (char_length(child_welfare_phone) between 3 and 30),
  on_call_phone       text check (char_length(on_call_phone) between 3 and 30),
  updated_at          timestamptz not null default now(),
  updated_by_staff_id uuid references staff (id)
);
