import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Role, Tables } from '../db/tables.ts';
import type { Actor, ActorMembership } from '../policy/actor.ts';

/**
 * A staff member's memberships as the policy sees them: each unit with its district and the
 * municipalities its cooperations reach (the on-call unit's own cooperation, and every
 * cooperation the unit's municipality is a member of). Selected from `membership as ms` joined
 * to `unit as u`, alone or after the session (sessions.ts), so a request costs one query.
 */
export function membershipColumns(_eb: ExpressionBuilder<Tables & { ms: Tables['membership']; u: Tables['unit'] }, 'ms' | 'u'>) {
  return [
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
  ] as const;
}

export interface MembershipRow {
  role: Role | string | null;
  unit_id: string | null;
  unit_name: string | null;
  municipality_id: string | null;
  district_id: string | null;
  cooperation_id: string | null;
  cooperation_municipality_ids: string[] | null;
}

/** The actor from its staff row and membership rows (a row without a unit: no memberships). */
export function toActor(staff: { id: string; municipality_id: string }, rows: MembershipRow[], currentUnitId: string | null): Actor {
  const memberships: ActorMembership[] = rows.flatMap((row) =>
    row.unit_id === null
      ? []
      : [
          {
            unitId: row.unit_id,
            unitName: row.unit_name!,
            role: row.role as Role,
            municipalityId: row.municipality_id!,
            districtId: row.district_id,
            cooperationId: row.cooperation_id,
            cooperationMunicipalityIds: row.cooperation_municipality_ids ?? [],
          },
        ],
  );
  const current = memberships.some((m) => m.unitId === currentUnitId) ? currentUnitId : (memberships[0]?.unitId ?? null);
  return { staffId: staff.id, municipalityId: staff.municipality_id, memberships, currentUnitId: current };
}

/** Loads a staff member as the policy sees them, when no session is at hand (jobs, tests). */
export async function loadActor(db: Db, staffId: string, currentUnitId: string | null): Promise<Actor | undefined> {
  const staff = await db.selectFrom('staff').select(['id', 'municipality_id']).where('id', '=', staffId).executeTakeFirst();
  if (!staff) return undefined;
  const rows = await db
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .where('ms.staff_id', '=', staffId)
    .select(membershipColumns)
    .orderBy('u.name')
    .orderBy('ms.role')
    .execute();
  return toActor(staff, rows, currentUnitId);
}
