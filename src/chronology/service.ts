/**
 * A child's chronology, read through the one door: one policy decision (`chronology.read`) and
 * one audit event naming the child, whatever the sources it gathers from (see sources.ts).
 */
import type { Db } from '../kernel/db/database.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import * as repo from './repo.ts';
import type { Chronology } from './schema.ts';
import { chronologyOf } from './sources.ts';

/** A child's chronology, newest first, as the role it is read in may see it. */
export function readChronology(db: Db, actor: Actor, childId: string, { now = clock.now() }: { now?: Date } = {}): Promise<Chronology> {
  return withAccess(
    db,
    actor,
    { permission: 'chronology.read', action: 'read', resourceType: 'chronology', resourceId: childId, childId, locate: (trx) => repo.locateChild(trx, childId) },
    async (trx, grant) => ({
      entries: await chronologyOf(trx, childId, localDate(now), {
        role: grant.membership.role,
        unitId: grant.membership.unitId,
        municipalityId: grant.membership.municipalityId,
      }),
    }),
  );
}
