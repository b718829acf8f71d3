/**
 * Counts of consultations held per unit and month, for the evaluation: counted in SQL, so no
 * consultation leaves the database. The caller runs it inside its own `withAccess` and shows
 * nothing below the small-count threshold.
 */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';

export async function countConsultationsByUnitAndMonth(
  trx: Trx,
  unitIds: readonly string[],
  range: { from: string; to: string },
): Promise<{ unitId: string; month: string; count: number }[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(held_on, 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('consultation')
    .select(['unit_id as unitId', month.as('month'), (eb) => eb.fn.countAll<string>().as('count')])
    .where('unit_id', 'in', unitIds)
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .groupBy(['unit_id', month])
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count) }));
}
