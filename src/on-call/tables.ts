/** The call log's tables (migration 0018) as Kysely sees them. */
import type { Generated } from 'kysely';
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { Caller, PlacementOutcome, Response } from './domain/call-kinds.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    on_call_call: OnCallCallTable;
    on_call_call_worker: OnCallCallWorkerTable;
  }
}

export interface OnCallCallTable {
  id: Generated<string>;
  unit_id: string;
  municipality_id: string;
  received_at: Date;
  caller: Caller;
  category: ConcernCategory;
  responses: Response[];
  placement: PlacementOutcome;
  placement_made_at: Date | null;
  minutes_spent: number;
  summary: string;
  follow_up: boolean;
  child_id: string | null;
  recorded_by_staff_id: string | null;
  taken_over_at: Date | null;
  taken_over_by_staff_id: string | null;
  idempotency_key: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface OnCallCallWorkerTable {
  call_id: string;
  staff_id: string;
}
