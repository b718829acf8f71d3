/**
 * Counts of submitted concern reports per reporting unit and month, for the evaluation:
 * counted in SQL, so no report leaves the database. The caller runs it inside its own
 * `withAccess` and shows nothing below the small-count threshold.
 */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';

export interface MonthlyCount {
  unitId: string;
  /** 'YYYY-MM' in Norwegian and Danish local time. */
  month: string;
  count: number;
}

export async function countReportsByUnitAndMonth(trx: Trx, unitIds: readonly string[], range: { from: string; to: string }): Promise<MonthlyCount[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(received_at at time zone 'Europe/Oslo', 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('concern_report')
    .select(['reporter_unit_id as unitId', month.as('month'), (eb) => eb.fn.countAll<string>().as('count')])
    .where('status', '=', 'submitted')
    .where('reporter_unit_id', 'in', unitIds)
    .where(sql<string>`(received_at at time zone 'Europe/Oslo')::date`, '>=', range.from)
    .where(sql<string>`(received_at at time zone 'Europe/Oslo')::date`, '<=', range.to)
    .groupBy(['reporter_unit_id', month])
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count) }));
}
