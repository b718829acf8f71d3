/**
 * Pupils newly flagged for absence per school and month, for the evaluation: counted in SQL,
 * so no flag leaves the database. A pupil flagged by two rules in one month counts once, and
 * a pupil flagged again in a later month counts there too. The caller runs it inside its own
 * `withAccess` and shows nothing below the small-count threshold.
 */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';

export interface MonthlyFlaggedPupils {
  unitId: string;
  /** 'YYYY-MM' of the day the flag was raised. */
  month: string;
  count: number;
}

export async function countFlaggedPupilsByUnitAndMonth(trx: Trx, unitIds: readonly string[], range: { from: string; to: string }): Promise<MonthlyFlaggedPupils[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(raised_on, 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('attendance_flag')
    .select(['unit_id as unitId', month.as('month'), sql<string>`count(distinct child_id)`.as('count')])
    .where('unit_id', 'in', unitIds)
    .where('raised_on', '>=', range.from)
    .where('raised_on', '<=', range.to)
    .groupBy(['unit_id', month])
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count) }));
}
