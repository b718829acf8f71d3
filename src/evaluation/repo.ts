/** The evaluation's queries: the municipality's units with their register counts. Reached only from service.ts. */
import type { Trx } from '../kernel/policy/access.ts';

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
