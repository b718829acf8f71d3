/** The concern report tables (migration 0011) as Kysely sees them. */
import type { ColumnType, Generated } from 'kysely';
import type { Locale } from '../kernel/db/tables.ts';
import type { ReportContent } from './content-schema.ts';
import type { ConclusionKind, DecisionKind } from './domain/feedback.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    service_phone: ServicePhoneTable;
    concern_report: ConcernReportTable;
    municipality_service_number: MunicipalityServiceNumberTable;
  }
}


export interface ServicePhoneTable {
  unit_id: string;
  phone: string;
}

export interface ConcernReportTable {
  id: Generated<string>;
  reporter_staff_id: string;
  reporter_unit_id: string;
  status: Generated<'draft' | 'submitted'>;
  /** Written as JSON text, read back as the object. */
  content: ColumnType<ReportContent, string, string>;
  version: Generated<number>;
  create_key: string | null;
  /** The consultation the draft was started from, while it is kept. */
  from_consultation_id: Generated<string | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  municipality_id: string | null;
  routed_from_municipality_id: string | null;
  child_id: string | null;
  outside_reporter_units: boolean | null;
  reporter_locale: Locale | null;
  submit_key: string | null;
  received_at: Date | null;
  decision: DecisionKind | null;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by_staff_id: string | null;
  extension_reason: string | null;
  extended_at: Date | null;
  conclusion: ConclusionKind | null;
  /** A date column, read as 'YYYY-MM-DD' text. */
  concluded_on: ColumnType<string | null, string | null, string | null>;
  concluded_at: Date | null;
  concluded_by_staff_id: string | null;
}

/** The municipality's own numbers for the acute advice (migration 0015). */
export interface MunicipalityServiceNumberTable {
  municipality_id: string;
  child_welfare_phone: string | null;
  on_call_phone: string | null;
  updated_at: Generated<Date>;
  updated_by_staff_id: string | null;
}
