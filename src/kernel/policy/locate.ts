/**
 * Where a unit or a child sits in the register (municipality, units, districts): what the
 * policy decides on. Every capability locates its records through these two.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { CountryCode } from '../db/tables.ts';
import type { ResourceScope } from './decide.ts';

/** Where a unit sits, for the policy, with its country for calendars; undefined when there is no such unit. */
export type UnitScope = ResourceScope & { countryCode: CountryCode };

export async function locateUnit(db: Db, unitId: string): Promise<UnitScope | undefined> {
  const unit = await db
    .selectFrom('unit as u')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['u.municipality_id', 'u.district_id', 'm.country_code'])
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  return (
    unit && {
      municipalityId: unit.municipality_id,
      unitIds: [unitId],
      districtIds: unit.district_id ? [unit.district_id] : [],
      countryCode: unit.country_code,
    }
  );
}

/** Where a child sits: its municipality, the units whose registers it is in, their districts. */
export async function locateChild(db: Db, childId: string): Promise<ResourceScope | undefined> {
  const row = await db
    .selectFrom('child as c')
    .where('c.id', '=', childId)
    .select([
      'c.municipality_id',
      sql<string[]>`array(select e.unit_id from enrolment e where e.child_id = c.id)`.as('unit_ids'),
      sql<string[]>`array(
        select distinct u.district_id from enrolment e join unit u on u.id = e.unit_id
        where e.child_id = c.id and u.district_id is not null
      )`.as('district_ids'),
    ])
    .executeTakeFirst();
  return row && { municipalityId: row.municipality_id, unitIds: row.unit_ids, districtIds: row.district_ids };
}
