/**
 * A small world for the access-matrix test: a home municipality where one person per role
 * works in the same school, and a far municipality that no role reaches. Each route gets a
 * record inside and outside the actors' scope.
 */
import type { Db } from '../db/database.ts';
import type { Role } from '../db/tables.ts';
import {
  buildDistrict,
  buildEnrolledChild,
  buildMembership,
  buildMunicipality,
  buildStaff,
  buildUnit,
} from '../../organisation/factories.ts';
import { roleSchema } from '../../organisation/schema.ts';

export const ROLES: readonly Role[] = roleSchema.options;

export interface Place {
  municipalityId: string;
  unitId: string;
  childId: string;
  childNationalId: string;
  emergencyAccessId: string;
}

export interface MatrixWorld {
  staffByRole: Record<Role, string>;
  home: Place;
  far: Place;
}

export async function buildMatrixWorld(db: Db): Promise<MatrixWorld> {
  const home = await buildPlace(db, 'Heimvik');
  const far = await buildPlace(db, 'Fjernvik');
  const staffByRole = {} as Record<Role, string>;
  for (const role of ROLES) {
    const person = await buildStaff(db, { municipality_id: home.municipalityId });
    await buildMembership(db, { staff_id: person.id, unit_id: home.unitId, role });
    staffByRole[role] = person.id;
  }
  return { staffByRole, home, far };
}

async function buildPlace(db: Db, name: string): Promise<Place> {
  const municipality = await buildMunicipality(db, { name });
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const unit = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: unit.id });
  const grantee = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: grantee.id, unit_id: unit.id, role: 'on_call_worker' });
  const grant = await db
    .insertInto('emergency_access')
    .values({
      staff_id: grantee.id,
      role: 'on_call_worker',
      unit_id: unit.id,
      resource_type: 'child',
      resource_id: child.id,
      municipality_id: municipality.id,
      reason: 'Akutt henvendelse fra politiet',
      expires_at: new Date(Date.now() + 3_600_000),
      review_due_on: '2026-11-24',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    municipalityId: municipality.id,
    unitId: unit.id,
    childId: child.id,
    childNationalId: child.national_id,
    emergencyAccessId: grant.id,
  };
}
