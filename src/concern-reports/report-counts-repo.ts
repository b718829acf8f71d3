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

/** Decided reports and, among them, those that opened an investigation, per reporting unit and month received. */
export interface MonthlyShare {
  unitId: string;
  month: string;
  /** The share's numerator. */
  count: number;
  /** The share's denominator. */
  of: number;
}

/**
 * Submitted reports with child welfare's decision, per reporting unit and month received, and
 * how many of them opened an investigation (an investigation, or an acute measure, which is
 * always followed by one: `opensInvestigation` in domain/feedback.ts). Reports not yet decided
 * are left out, not counted as "no investigation".
 */
export async function countInvestigatedReportsByUnitAndMonth(trx: Trx, unitIds: readonly string[], range: { from: string; to: string }): Promise<MonthlyShare[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(received_at at time zone 'Europe/Oslo', 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('concern_report')
    .select([
      'reporter_unit_id as unitId',
      month.as('month'),
      sql<string>`count(*) filter (where decision in ('investigation_opened', 'acute_measure'))`.as('count'),
      (eb) => eb.fn.countAll<string>().as('of'),
    ])
    .where('status', '=', 'submitted')
    .where('decision', 'is not', null)
    .where('reporter_unit_id', 'in', unitIds)
    .where(sql<string>`(received_at at time zone 'Europe/Oslo')::date`, '>=', range.from)
    .where(sql<string>`(received_at at time zone 'Europe/Oslo')::date`, '<=', range.to)
    .groupBy(['reporter_unit_id', month])
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count), of: Number(row.of) }));
}
