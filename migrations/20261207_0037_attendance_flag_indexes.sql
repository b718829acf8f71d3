-- Attendance flags at scale (issue 15). An import's recompute reads back the pupils it added or
-- changed absence for by the import's id on their rows (flags.ts, recomputeFlagsAfterImport).
create index absence_import_idx on absence (import_id) where import_id is not null;

-- A raise looks for the pupil's flag of the rule, open or handled (a handled one whose window
-- still lasts keeps a new one back): the partial open-flag index cannot answer the handled
-- half, so without this the look-up read every flag of the rule once per pupil reaching it.
create index attendance_flag_child_rule_idx on attendance_flag (child_id, rule_id);
