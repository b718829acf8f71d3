-- Attendance follow-up, the rest of issue 15's "Follow-up": a case remembers the concern report
-- (in Denmark the underretning) it started, and the municipality's hearing of the parents and
-- of a pupil of 12 or older; the Danish warning letter at 10 % is kept as sent.

-- The draft started from the case, while the reporter keeps it; the form's key makes a retry
-- answer the same draft.
alter table attendance_case add column report_id uuid references concern_report (id) on delete set null;
alter table attendance_case add column report_key text unique;
-- The municipality's hearing (Denmark): the day the parents, and the pupil of 12 or older, were heard.
alter table attendance_case add column parents_heard_on date;
alter table attendance_case add column pupil_heard_on date;

-- A letter to the home recorded as sent: the text as sent (drafted from a template, edited by
-- the coordinator), the day and to whom. Printed and handed or posted; nothing is e-mailed.
create table attendance_letter (
  id              uuid primary key default gen_random_uuid(),
  idempotency_key text not null unique,
  case_id         uuid not null references attendance_case (id) on delete cascade,
  kind            text not null check (kind in ('warning')),
  body            text not null,
  sent_on         date not null,
  sent_to         text not null,
  sent_by         uuid references staff (id) on delete set null,
  created_at      timestamptz not null
);
create index attendance_letter_case_idx on attendance_letter (case_id);
