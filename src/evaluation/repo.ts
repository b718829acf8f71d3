/** The evaluation's queries: the municipality's units with their register counts, and imported counts. Reached only from service.ts. */
import type { Trx } from '../kernel/policy/access.ts';
import type { ImportableOutcome } from './domain/importable-outcomes.ts';
import './tables.ts';

export interface UnitWithPupils {
  id: string;
  kind: string;
  /** Children in the unit's register today: the denominator of its rates. */
  pupils: number;
}

export async function unitsWithPupils(trx: Trx, municipalityId: string): Promise<UnitWithPupils[]> {
  const rows = await trx
    .selectFrom('unit')
    .leftJoin('enrolment', 'enrolment.unit_id', 'unit.id')
    .select(['unit.id', 'unit.kind', (eb) => eb.fn.count<string>('enrolment.child_id').as('pupils')])
    .where('unit.municipality_id', '=', municipalityId)
    .groupBy(['unit.id', 'unit.kind'])
    .orderBy('unit.id')
    .execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, pupils: Number(row.pupils) }));
}

/** Counts imported from before Tidlig, per unit and month, within the window's months. */
export async function importedCounts(
  trx: Trx,
  outcome: ImportableOutcome,
  unitIds: readonly string[],
  range: { from: string; to: string },
): Promise<{ unitId: string; month: string; count: number }[]> {
  if (unitIds.length === 0) return [];
  const rows = await trx
    .selectFrom('evaluation_imported_count')
    .select(['unit_id as unitId', 'month', 'count'])
    .where('outcome', '=', outcome)
    .where('unit_id', 'in', unitIds)
    .where('month', '>=', range.from.slice(0, 7))
    .where('month', '<=', range.to.slice(0, 7))
    .execute();
  return rows.map((row) => ({ unitId: row.unitId, month: row.month, count: Number(row.count) }));
}
