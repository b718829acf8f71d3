-- Norway's one click from an attendance case into a consultation with the network contact
-- (issue 15): the case links the consultation it recorded, and the form's key makes a retry
-- answer the same consultation. Retention deleting the consultation unlinks it.
alter table attendance_case add column consultation_id uuid references consultation (id) on delete set null;
alter table attendance_case add column consultation_key text unique;
