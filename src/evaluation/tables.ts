/** The evaluation's tables (migrations 0023 and 0026) as Kysely sees them. */
import type { ColumnType, Generated } from 'kysely';
import type { ImportableOutcome } from './domain/importable-outcomes.ts';
import type { Comparison } from './schema.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    evaluation_imported_count: EvaluationImportedCountTable;
    evaluation_pilot: EvaluationPilotTable;
    evaluation_pilot_unit: EvaluationPilotUnitTable;
  }
}

export interface EvaluationImportedCountTable {
  unit_id: string;
  outcome: ImportableOutcome;
  /** 'YYYY-MM'. */
  month: string;
  count: number;
  source: string;
  imported_at: Generated<Date>;
}

export interface EvaluationPilotTable {
  id: string;
  municipality_id: string;
  name: string;
  comparison: Comparison;
  version: Generated<number>;
}

export interface EvaluationPilotUnitTable {
  pilot_id: string;
  unit_id: string;
  /** A date column, read as 'YYYY-MM-DD' text; null for a chosen comparison unit. */
  started_on: ColumnType<string | null, string | null, string | null>;
}
