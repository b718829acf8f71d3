/** The call log's tables (migration 0018) as Kysely sees them. */
import type { ColumnType, Generated } from 'kysely';
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { Caller, PlacementOutcome, Response } from './domain/call-kinds.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    on_call_call: OnCallCallTable;
    on_call_call_worker: OnCallCallWorkerTable;
    on_call_cost_month: OnCallCostMonthTable;
    on_call_cost_population: OnCallCostPopulationTable;
    on_call_noon_notice: OnCallNoonNoticeTable;
    on_call_report_notice: OnCallReportNoticeTable;
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

/** A service's cost of one month and the key it is split by (migration 0028). */
export interface OnCallCostMonthTable {
  unit_id: string;
  /** 'YYYY-MM'. */
  month: string;
  /** bigint: read back as a string by node-postgres, so read it through Number(). */
  cost_ore: ColumnType<string | number | bigint, number, number>;
  population_percent: number;
  calls_percent: number;
  minutes_percent: number;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by_staff_id: string | null;
}

export interface OnCallCostPopulationTable {
  unit_id: string;
  month: string;
  municipality_id: string;
  population: number;
}

/** The leaders' message about a handover not taken over by noon, queued once per municipality and morning. */
export interface OnCallNoonNoticeTable {
  id: Generated<string>;
  municipality_id: string;
  /** 'YYYY-MM-DD': the handover morning. */
  handover_date: string;
  due_at: Date;
  sent_at: Date | null;
}

/** A concern report received outside office hours, for the night's log (migration 0028). */
export interface OnCallReportNoticeTable {
  report_id: string;
  municipality_id: string;
  received_at: Date;
}
