import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { holdsPermission } from '../policy/decide.ts';
import { permissions, type Permission } from '../policy/permissions.ts';
import type { Session } from './session-schema.ts';

/** The logged-in person as the web shell shows them. Names only of themselves and their units. */
export async function describeUser(db: Db, actor: Actor): Promise<NonNullable<Session['user']>> {
  const staff = await db
    .selectFrom('staff')
    .select(['given_name', 'family_name'])
    .where('id', '=', actor.staffId)
    .executeTakeFirstOrThrow();
  const current = actor.memberships.find((m) => m.unitId === actor.currentUnitId);
  const currentKind = current
    ? (await db.selectFrom('unit').select('kind').where('id', '=', current.unitId).executeTakeFirstOrThrow()).kind
    : undefined;
  return {
    id: actor.staffId,
    givenName: staff.given_name,
    familyName: staff.family_name,
    currentUnit: current && currentKind ? { id: current.unitId, name: current.unitName, kind: currentKind, role: current.role } : null,
    memberships: actor.memberships.map((m) => ({ unitId: m.unitId, unitName: m.unitName, role: m.role })),
    permissions: (Object.keys(permissions) as Permission[]).filter((p) => holdsPermission(actor, p)),
  };
}
