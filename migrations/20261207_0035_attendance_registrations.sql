-- The daily registration API (issue 15): a school's admin system sends a day's absence as JSON
-- through the import's own path, one import per call. The call's idempotency key makes a retry
-- answer the first call's report instead of importing again.
alter table attendance_import add column idempotency_key text;
create unique index attendance_import_idempotency_key_idx on attendance_import (idempotency_key) where idempotency_key is not null;
