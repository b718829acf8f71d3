-- A concern report started from a consultation (issue 6): the draft remembers the
-- consultation it came from, for the child's chronology and so the consultation can show
-- that a report was started. Retention deletes consultations; the report stays, unlinked.
-- Grants for tidlig_app come from the default privileges set in 0004.

alter table concern_report
  add column from_consultation_id uuid references consultation (id) on delete set null;
create index concern_report_from_consultation_idx on concern_report (from_consultation_id)
  where from_consultation_id is not null;
