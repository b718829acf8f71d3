/** Queries for children in the registers. Only reached through service.ts, behind the policy. */
import { sql, type Insertable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Tables } from '../kernel/db/tables.ts';
import type { Db } from '../kernel/db/database.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';


export { locateChild, locateUnit } from '../kernel/policy/locate.ts';
import { locateChild } from '../kernel/policy/locate.ts';

/** The child with this identity number (as typed, or without spaces and dashes) and where it sits; undefined when none has it. */
export async function locateChildByNationalId(db: Db, typed: string): Promise<(ResourceScope & { childId: string }) | undefined> {
  const normalised = typed.replace(/[\s-]/g, '');
  const found = await db
    .selectFrom('child')
    .select('id')
    .where((eb) => eb.or([eb('national_id', '=', normalised), eb('national_id', '=', typed.trim())]))
    .executeTakeFirst();
  const scope = found && (await locateChild(db, found.id));
  return scope && { ...scope, childId: found.id };
}

/**
 * A child's whole record and where it sits, in one query: the policy locates it from the same
 * row the page shows (its municipality, the units and districts it is enrolled in).
 */
export async function findChildRecord(db: Db, childId: string) {
  const row = await db
    .selectFrom('child as c')
    .leftJoin('family as f', 'f.id', 'c.family_id')
    .leftJoin('staff as cp', 'cp.id', 'f.contact_person_staff_id')
    .where('c.id', '=', childId)
    .select((eb) => [
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.birth_date',
      'c.national_id',
      'c.national_id_synthetic',
      'c.municipality_id',
      'cp.id as contact_id',
      'cp.given_name as contact_given_name',
      'cp.family_name as contact_family_name',
      sql<string[]>`array(
        select distinct u.district_id from enrolment e join unit u on u.id = e.unit_id
        where e.child_id = c.id and u.district_id is not null
      )`.as('district_ids'),
      jsonArrayFrom(
        eb
          .selectFrom('enrolment as e')
          .innerJoin('unit as u', 'u.id', 'e.unit_id')
          .whereRef('e.child_id', '=', 'c.id')
          .select(['u.id as unit_id', 'u.name as unit_name', 'e.group_name', 'e.grade'])
          .orderBy('u.name'),
      ).as('enrolments'),
      jsonArrayFrom(
        eb
          .selectFrom('child_guardian as cg')
          .innerJoin('guardian as g', 'g.id', 'cg.guardian_id')
          .whereRef('cg.child_id', '=', 'c.id')
          .select(['g.id', 'g.given_name', 'g.family_name', 'cg.relation', 'g.phone', 'g.email'])
          .orderBy('g.family_name')
          .orderBy('g.given_name'),
      ).as('guardians'),
    ])
    .executeTakeFirst();
  return row && { ...row, scope: { municipalityId: row.municipality_id, unitIds: row.enrolments.map((e) => e.unit_id), districtIds: row.district_ids } };
}

export function listRegister(db: Db, unitId: string) {
  return db
    .selectFrom('enrolment as e')
    .innerJoin('child as c', 'c.id', 'e.child_id')
    .where('e.unit_id', '=', unitId)
    .select(['c.id', 'c.given_name', 'c.family_name', 'e.group_name', 'e.grade'])
    .orderBy('e.grade')
    .orderBy('e.group_name')
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .execute();
}

/** An emergency grant, as the one door's emergency check finds it (src/kernel/policy/emergency-grants.ts). */
export async function insertEmergencyAccess(db: Db, grant: Insertable<Tables['emergency_access']>): Promise<void> {
  await db.insertInto('emergency_access').values(grant).execute();
}

export async function countryOf(db: Db, municipalityId: string) {
  const row = await db.selectFrom('municipality').select('country_code').where('id', '=', municipalityId).executeTakeFirstOrThrow();
  return row.country_code;
}
