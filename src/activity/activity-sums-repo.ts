/**
 * Minutes and sessions of the network contacts' activities per unit, month and kind, for the
 * leader and for the evaluation (time spent beside the outcomes): summed in SQL, so no entry
 * leaves the database, and hidden below the small-count threshold before it leaves here. The
 * caller runs it inside its own `withAccess`.
 */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';
import type { ActivityKind } from './domain/activity-rules.ts';
import { suppressSmallCount } from '../kernel/privacy/small-count.ts';
import { suppressSums, type ShownActivitySum } from './domain/suppress-sums.ts';
import './tables.ts';

export async function activityMinutesByUnitAndMonth(
  trx: Trx,
  unitIds: readonly string[],
  range: { from: string; to: string },
): Promise<ShownActivitySum[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(held_on, 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('activity_entry')
    .select([
      'unit_id as unitId',
      month.as('month'),
      'kind',
      (eb) => eb.fn.countAll<string>().as('sessions'),
      (eb) => eb.fn.sum<string>('minutes').as('minutes'),
    ])
    .where('unit_id', 'in', unitIds)
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .groupBy(['unit_id', month, 'kind'])
    .orderBy('unit_id')
    .orderBy(month)
    .orderBy('kind')
    .execute();
  return suppressSums(
    rows.map((row) => ({ unitId: row.unitId, month: row.month, kind: row.kind as ActivityKind, sessions: Number(row.sessions), minutes: Number(row.minutes) })),
  );
}

/**
 * The same with every kind together: what a unit's network contact spent there in a month, as
 * the evaluation sets it beside the outcomes. Fewer than five sessions hide both figures.
 */
export async function activityTotalsByUnitAndMonth(
  trx: Trx,
  unitIds: readonly string[],
  range: { from: string; to: string },
): Promise<Omit<ShownActivitySum, 'kind'>[]> {
  if (unitIds.length === 0) return [];
  const month = sql<string>`to_char(held_on, 'YYYY-MM')`;
  const rows = await trx
    .selectFrom('activity_entry')
    .select(['unit_id as unitId', month.as('month'), (eb) => eb.fn.countAll<string>().as('sessions'), (eb) => eb.fn.sum<string>('minutes').as('minutes')])
    .where('unit_id', 'in', unitIds)
    .where('held_on', '>=', range.from)
    .where('held_on', '<=', range.to)
    .groupBy(['unit_id', month])
    .execute();
  return rows.map((row) => {
    const sessions = suppressSmallCount(Number(row.sessions));
    return { unitId: row.unitId, month: row.month, sessions, minutes: sessions === null ? null : Number(row.minutes) };
  });
}
