/** The evaluation's table (migration 0023) as Kysely sees it. */
import type { Generated } from 'kysely';
import type { Outcome } from './schema.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    evaluation_imported_count: EvaluationImportedCountTable;
  }
}

export interface EvaluationImportedCountTable {
  unit_id: string;
  outcome: Outcome;
  /** 'YYYY-MM'. */
  month: string;
  count: number;
  source: string;
  imported_at: Generated<Date>;
}
