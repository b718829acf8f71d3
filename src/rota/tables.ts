/** The rota's tables (migration 0027) as Kysely sees them; JSON columns are written as text. */
import type { ColumnType } from 'kysely';
import type { Explanation } from './domain/explain.ts';
import type { SoftFigures } from './domain/soft-goals.ts';
import type { RotaProblem, RuleSettings, ShiftTemplate, Staff } from './schema.ts';
import type { RotaProgress, RotaSolution } from './solver/types.ts';

type Json<T> = ColumnType<T, string, string>;
/** A JSON column with a default (or null) the insert may leave out. */
type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

declare module '../kernel/db/tables.ts' {
  interface Tables {
    rota_service: RotaServiceTable;
    rota_staff: RotaStaffTable;
    rota_plan: RotaPlanTable;
    rota_swap: RotaSwapTable;
  }
}

export interface RotaServiceTable {
  unit_id: string;
  templates: Json<ShiftTemplate[]>;
  rules: JsonWithDefault<Partial<RuleSettings>>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface RotaStaffTable {
  unit_id: string;
  staff_id: string;
  /** numeric(3,2): the driver gives it back as text. */
  fte: ColumnType<string, number, number>;
  experienced: boolean;
  unavailable_weekdays: JsonWithDefault<number[]>;
  unavailable: JsonWithDefault<Staff['unavailable']>;
  wishes: JsonWithDefault<Staff['wishes']>;
  version: ColumnType<number, number | undefined, number>;
}

export const PLAN_STATES = ['solving', 'draft', 'published', 'replaced', 'failed'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export interface PlanAssignment {
  shift: string;
  staff: string[];
}

export interface PlanOutcome {
  status: RotaSolution['status'];
  proven: boolean;
  figures: SoftFigures;
  bound: number | null;
  gap: number | null;
  seconds: number;
  explanation: Explanation | null;
}

export interface RotaPlanTable {
  id: string;
  unit_id: string;
  from_date: ColumnType<string, string, string>;
  weeks: number;
  state: PlanState;
  problem: Json<RotaProblem>;
  assignments: JsonWithDefault<PlanAssignment[]>;
  outcome: NullableJson<PlanOutcome>;
  progress: NullableJson<RotaProgress>;
  stop_requested: ColumnType<boolean, boolean | undefined, boolean>;
  created_by_staff_id: string;
  created_at: Date;
  published_at: Date | null;
  published_by_staff_id: string | null;
  idempotency_key: string | null;
  version: ColumnType<number, number | undefined, number>;
}

export const SWAP_STATES = ['requested', 'approved', 'refused'] as const;
export type SwapState = (typeof SWAP_STATES)[number];

export interface RotaSwapTable {
  id: string;
  plan_id: string;
  shift: string;
  from_staff_id: string;
  to_staff_id: string;
  state: SwapState;
  requested_at: Date;
  decided_at: Date | null;
  decided_by_staff_id: string | null;
  idempotency_key: string | null;
  version: ColumnType<number, number | undefined, number>;
}
