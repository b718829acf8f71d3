/** The attendance tables (migration 20261206_0020) as Kysely sees them; dates stay text. */
import type { ColumnType, Generated } from 'kysely';
import type { AbsenceKind } from './domain/absence.ts';
import type { Comparison, Guideline, Measure } from './domain/guideline.ts';
import type { ColumnMapping } from './domain/mapping.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    attendance_mapping: AttendanceMappingTable;
    absence: AbsenceTable;
    attendance_import: AttendanceImportTable;
    attendance_rejection: AttendanceRejectionTable;
    attendance_guideline: AttendanceGuidelineTable;
    attendance_flag: AttendanceFlagTable;
  }
}

type Json<T> = ColumnType<T, string, string>;

export interface AttendanceMappingTable {
  municipality_id: string;
  source: string;
  mapping: Json<ColumnMapping>;
  updated_at: Generated<Date>;
}

export interface AbsenceTable {
  child_id: string;
  date: ColumnType<string, string, string>;
  lesson: number;
  unit_id: string;
  municipality_id: string;
  minutes: number;
  kind: AbsenceKind;
  source: string;
  import_id: string | null;
}

export interface AttendanceImportTable {
  id: Generated<string>;
  municipality_id: string;
  unit_id: string | null;
  source: string;
  started_by: string | null;
  started_at: Generated<Date>;
  rows_read: Generated<number>;
  accepted: Generated<number>;
  changed: Generated<number>;
  rejected: Generated<number>;
  /** A daily registration's key: a retry answers this import's report. */
  idempotency_key: string | null;
}

export interface AttendanceRejectionTable {
  import_id: string;
  line: number;
  reason: string;
  column_name: string | null;
}

export interface AttendanceGuidelineTable {
  municipality_id: string;
  guideline: Json<Guideline>;
  version: Generated<number>;
  /** The idempotency key of the page's latest save; null when set from the command line. */
  saved_key: string | null;
}

export type FlagStatus = 'open' | 'handled';

export interface AttendanceFlagTable {
  id: Generated<string>;
  child_id: string;
  unit_id: string;
  municipality_id: string;
  rule_id: string;
  stage: number;
  measure: Measure;
  comparison: Comparison;
  threshold: ColumnType<string, number, number>;
  value: ColumnType<string, number, number>;
  window_from: string;
  window_to: string;
  school_days: number;
  raised_on: string;
  status: Generated<FlagStatus>;
  handled_at: Date | null;
  handled_by: string | null;
  handled_note: string | null;
  /** The follow-up case the flag belongs to (case-tables.ts), once one is opened or joined. */
  case_id: Generated<string | null>;
}
