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

/**
 * Consultations held per unit and month, and how many of them were resolved without a concern
 * report: the outcome did not recommend one and no report started from the consultation was
 * sent. (Reports started from it are found through concern_report.from_consultation_id, as the
 * consultation's own page finds them.)
 */
export async function countConsultationsWithoutReportByUnitAndMonth(
  trx: Trx,
  unitIds: readonly string[],
  range: { from: string; to: string },
): Promise<{ unitId: string; month: string; count: number; of: number }[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(held_on, 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('consultation')
    .select([
      'unit_id as unitId',
      month.as('month'),
      sql<string>`count(*) filter (where outcome <> 'concern_report_recommended' and not exists (
        select 1 from concern_report r where r.from_consultation_id = consultation.id and r.status = 'submitted'))`.as('count'),
      (eb) => eb.fn.countAll<string>().as('of'),
    ])
    .where('unit_id', 'in', unitIds)
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .groupBy(['unit_id', month])
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count), of: Number(row.of) }));
}
