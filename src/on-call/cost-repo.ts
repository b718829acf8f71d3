/** Queries of the monthly cost statement. Only reached through cost-service.ts, behind the policy. */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { CostKey } from './domain/cost-split.ts';

export interface StoredCost {
  month: string;
  costOre: number;
  key: Required<CostKey>;
  version: number;
  updatedAt: Date;
  populations: Map<string, number>;
}

/** The month's stored cost, key and populations, if any. */
export async function findCostMonth(db: Db, unitId: string, month: string): Promise<StoredCost | undefined> {
  const row = await db.selectFrom('on_call_cost_month').selectAll().where('unit_id', '=', unitId).where('month', '=', month).executeTakeFirst();
  return row && withPopulations(db, row);
}

/** The latest month before `month` with a stored cost: where a new month's form starts. */
export async function findCostBefore(db: Db, unitId: string, month: string): Promise<StoredCost | undefined> {
  const row = await db
    .selectFrom('on_call_cost_month')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('month', '<', month)
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && withPopulations(db, row);
}

async function withPopulations(
  db: Db,
  row: { unit_id: string; month: string; cost_ore: string | number | bigint; population_percent: number; calls_percent: number; minutes_percent: number; version: number; updated_at: Date },
): Promise<StoredCost> {
  const populations = await db
    .selectFrom('on_call_cost_population')
    .select(['municipality_id', 'population'])
    .where('unit_id', '=', row.unit_id)
    .where('month', '=', row.month)
    .execute();
  return {
    month: row.month,
    costOre: Number(row.cost_ore),
    key: { population: row.population_percent, calls: row.calls_percent, minutes: row.minutes_percent },
    version: row.version,
    updatedAt: new Date(row.updated_at),
    populations: new Map(populations.map((p) => [p.municipality_id, p.population])),
  };
}

/** The calls of a window and the minutes spent on them, per municipality they were about. */
export async function callSumsOfUnit(db: Db, unitId: string, window: { from: Date; to: Date }): Promise<Map<string, { calls: number; minutes: number }>> {
  const rows = await db
    .selectFrom('on_call_call')
    .select(['municipality_id', sql<string>`count(*)`.as('calls'), sql<string>`coalesce(sum(minutes_spent), 0)`.as('minutes')])
    .where('unit_id', '=', unitId)
    .where('received_at', '>=', window.from)
    .where('received_at', '<', window.to)
    .groupBy('municipality_id')
    .execute();
  return new Map(rows.map((r) => [r.municipality_id, { calls: Number(r.calls), minutes: Number(r.minutes) }]));
}

export interface CostValues {
  costOre: number;
  key: Required<CostKey>;
  populations: { municipalityId: string; population: number }[];
}

/**
 * Stores the month's cost, key and populations from `version` (0: none stored yet), or answers
 * false when someone else has saved since. The row lock of the update makes a second saver wait,
 * then find the new version.
 */
export async function saveCostMonth(db: Db, unitId: string, month: string, version: number, values: CostValues, staffId: string, at: Date): Promise<boolean> {
  const columns = {
    cost_ore: values.costOre,
    population_percent: values.key.population,
    calls_percent: values.key.calls,
    minutes_percent: values.key.minutes,
    updated_by_staff_id: staffId,
  };
  if (version === 0) {
    const inserted = await db
      .insertInto('on_call_cost_month')
      .values({ unit_id: unitId, month, ...columns, updated_at: at })
      .onConflict((oc) => oc.columns(['unit_id', 'month']).doNothing())
      .returning('version')
      .executeTakeFirst();
    if (!inserted) return false;
  } else {
    const updated = await db
      .updateTable('on_call_cost_month')
      .set((eb) => ({ ...columns, version: eb('version', '+', 1), updated_at: at }))
      .where('unit_id', '=', unitId)
      .where('month', '=', month)
      .where('version', '=', version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) return false;
  }
  await db.deleteFrom('on_call_cost_population').where('unit_id', '=', unitId).where('month', '=', month).execute();
  await db
    .insertInto('on_call_cost_population')
    .values(values.populations.map((p) => ({ unit_id: unitId, month, municipality_id: p.municipalityId, population: p.population })))
    .execute();
  return true;
}
