import type { Db } from '../kernel/db/database.ts';

/**
 * Given and family names of the children in the unit's register: what the guard looks for in a
 * text written at that unit. Only ever passed to the guard, never returned to a user.
 */
export async function registerNamesOfUnit(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .select(['c.given_name', 'c.family_name'])
    .where('e.unit_id', '=', unitId)
    .execute();
  return [...new Set(rows.flatMap((r) => [r.given_name, r.family_name]))];
}
