/** The consultation tables (migration 0010) as Kysely sees them; dates stay text. */
import type { Generated } from 'kysely';
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { ConsentScope, ConsultationMode, Outcome } from './domain/kinds.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    consent: ConsentTable;
    consultation: ConsultationTable;
    consultation_follow_up: ConsultationFollowUpTable;
    consultation_statistic: ConsultationStatisticTable;
  }
}


export interface ConsentTable {
  id: Generated<string>;
  child_id: string;
  guardian_id: string;
  scopes: ConsentScope[];
  given_on: string;
  expires_on: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  registered_by: string;
  idempotency_key: string | null;
  created_at: Generated<Date>;
}

export interface ConsultationTable {
  id: Generated<string>;
  unit_id: string;
  mode: ConsultationMode;
  child_id: string | null;
  consent_id: string | null;
  group_label: string | null;
  category: ConcernCategory;
  description: string;
  advice: string;
  outcome: Outcome;
  held_on: string;
  school_year: string;
  recorded_by_staff_id: string | null;
  idempotency_key: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ConsultationFollowUpTable {
  id: Generated<string>;
  consultation_id: string;
  text: string;
  owner_staff_id: string;
  due_on: string;
  position: number;
}

export interface ConsultationStatisticTable {
  unit_id: string;
  school_year: string;
  mode: ConsultationMode;
  category: ConcernCategory;
  outcome: Outcome;
  count: number;
}
