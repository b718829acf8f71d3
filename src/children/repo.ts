/** Queries for children in the registers. Only reached through service.ts, behind the policy. */
import { sql, type Insertable } from 'kysely';
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

export async function findChild(db: Db, childId: string) {
  const child = await db
    .selectFrom('child as c')
    .leftJoin('family as f', 'f.id', 'c.family_id')
    .leftJoin('staff as cp', 'cp.id', 'f.contact_person_staff_id')
    .where('c.id', '=', childId)
    .select([
      'c.id',
      'c.given_name',
      'c.family_name',
      'c.birth_date',
      'c.national_id',
      'c.national_id_synthetic',
      'cp.id as contact_id',
      'cp.given_name as contact_given_name',
      'cp.family_name as contact_family_name',
    ])
    .executeTakeFirstOrThrow();
  const [enrolments, guardians] = await Promise.all([
    db
      .selectFrom('enrolment as e')
      .innerJoin('unit as u', 'u.id', 'e.unit_id')
      .where('e.child_id', '=', childId)
      .select(['u.id as unit_id', 'u.name as unit_name', 'e.group_name', 'e.grade'])
      .orderBy('u.name')
      .execute(),
    db
      .selectFrom('child_guardian as cg')
      .innerJoin('guardian as g', 'g.id', 'cg.guardian_id')
      .where('cg.child_id', '=', childId)
      .select(['g.id', 'g.given_name', 'g.family_name', 'cg.relation', 'g.phone', 'g.email'])
      .orderBy('g.family_name')
      .orderBy('g.given_name')
      .execute(),
  ]);
  return { child, enrolments, guardians };
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
