/** The activity log's table (migration 0025) as Kysely sees it. */
import type { Generated } from 'kysely';
import type { ActivityKind } from './domain/activity-rules.ts';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    activity_entry: ActivityEntryTable;
  }
}

export interface ActivityEntryTable {
  id: Generated<string>;
  municipality_id: string;
  unit_id: string;
  contact_staff_id: string;
  kind: ActivityKind;
  held_on: string;
  minutes: number;
  people: number;
  note: string | null;
  idempotency_key: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}
