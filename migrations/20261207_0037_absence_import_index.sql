-- Attendance flags after an import (issue 15): the recompute reads back the pupils the import
-- wrote absence for (flags.ts, recomputeFlagsAfterImport), by the import's id on their rows.
create index absence_import_idx on absence (import_id) where import_id is not null;
