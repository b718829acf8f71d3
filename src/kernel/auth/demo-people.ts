import type { Db } from '../db/database.ts';
import type { Role } from '../db/tables.ts';

/** The well-known demo people, one per role and municipality, that the demo login offers. */
export interface DemoPerson {
  staffId: string;
  givenName: string;
  familyName: string;
  role: Role;
  unitName: string;
  municipalityName: string;
}

const DEMO_EMAIL = 'demo.%@%.demo';

export async function listDemoPeople(db: Db): Promise<DemoPerson[]> {
  const rows = await db
    .selectFrom('staff as s')
    .innerJoin('membership as ms', 'ms.staff_id', 's.id')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .innerJoin('municipality as m', 'm.id', 's.municipality_id')
    .where('s.synthetic', '=', true)
    .where('s.email', 'like', DEMO_EMAIL)
    .select(['s.id', 's.given_name', 's.family_name', 's.email', 'ms.role', 'u.name as unit_name', 'm.name as municipality_name'])
    .orderBy('m.name')
    .orderBy('s.email')
    .orderBy('u.name')
    .execute();
  // A demo person is listed once, under the role their e-mail names (demo.<role>@…).
  const seen = new Set<string>();
  return rows
    .filter((row) => row.email.startsWith(`demo.${row.role}@`) && !seen.has(row.id) && seen.add(row.id))
    .map((row) => ({
      staffId: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      role: row.role,
      unitName: row.unit_name,
      municipalityName: row.municipality_name,
    }));
}

/** Only a synthetic person may be logged in as without a password. */
export async function isDemoPerson(db: Db, staffId: string): Promise<boolean> {
  const row = await db
    .selectFrom('staff')
    .select('id')
    .where('id', '=', staffId)
    .where('synthetic', '=', true)
    .where('email', 'like', DEMO_EMAIL)
    .executeTakeFirst();
  return row !== undefined;
}
