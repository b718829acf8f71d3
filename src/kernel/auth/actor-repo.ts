import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Role } from '../db/tables.ts';
import type { Actor } from '../policy/actor.ts';

/**
 * Loads a staff member's memberships as the policy sees them, in one query: each unit with
 * its district and the municipalities its cooperations reach (the on-call unit's own
 * cooperation, and every cooperation the unit's municipality is a member of).
 */
export async function loadActor(db: Db, staffId: string, currentUnitId: string | null): Promise<Actor | undefined> {
  const staff = await db.selectFrom('staff').select(['id', 'municipality_id']).where('id', '=', staffId).executeTakeFirst();
  if (!staff) return undefined;
  const rows = await db
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .where('ms.staff_id', '=', staffId)
    .select([
      'ms.role',
      'u.id as unit_id',
      'u.name as unit_name',
      'u.municipality_id',
      'u.district_id',
      'u.cooperation_id',
      sql<string[]>`array(
        select distinct cm2.municipality_id from cooperation_member cm2
        where cm2.cooperation_id = u.cooperation_id
           or cm2.cooperation_id in (select cm.cooperation_id from cooperation_member cm where cm.municipality_id = u.municipality_id)
      )`.as('cooperation_municipality_ids'),
    ])
    .orderBy('u.name')
    .orderBy('ms.role')
    .execute();
  const memberships = rows.map((row) => ({
    unitId: row.unit_id,
    unitName: row.unit_name,
    role: row.role as Role,
    municipalityId: row.municipality_id,
    districtId: row.district_id,
    cooperationId: row.cooperation_id,
    cooperationMunicipalityIds: row.cooperation_municipality_ids,
  }));
  const current = memberships.some((m) => m.unitId === currentUnitId) ? currentUnitId : (memberships[0]?.unitId ?? null);
  return { staffId: staff.id, municipalityId: staff.municipality_id, memberships, currentUnitId: current };
}
