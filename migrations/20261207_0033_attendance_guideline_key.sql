-- The guideline page (issue 15): a save from the page carries the form's idempotency key, so a
-- retry of the same submission answers the guideline as saved instead of a conflict.
alter table attendance_guideline add column saved_key text;
