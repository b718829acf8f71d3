/** Test factories for the activity log: entries of a contact at a unit (see organisation/factories.ts). */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { ActivityEntryTable } from './tables.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';

/** An entry of a parent meeting on the test's today, unless told otherwise. */
export async function buildActivity(
  db: Db,
  fields: Partial<Insertable<ActivityEntryTable>> & { municipality_id: string; unit_id: string; contact_staff_id: string },
): Promise<string> {
  const id = randomUUID();
  await db.insertInto('activity_entry').values({ id, kind: 'parent_meeting', held_on: TEST_TODAY, minutes: 45, people: 3, ...fields }).execute();
  return id;
}

export interface ActivityPlace {
  /** Entries of one contact at version 1, one for each edit or delete call of the access matrix (eight roles twice, and once without a session). */
  activityEditPool: string[];
  activityDeletePool: string[];
}

/** Two pools of a contact's entries at a unit. */
export async function buildActivityPlace(db: Db, place: { municipalityId: string; unitId: string }, contactId: string): Promise<ActivityPlace> {
  const entry = () => buildActivity(db, { municipality_id: place.municipalityId, unit_id: place.unitId, contact_staff_id: contactId });
  return {
    activityEditPool: await Promise.all(Array.from({ length: 20 }, entry)),
    activityDeletePool: await Promise.all(Array.from({ length: 20 }, entry)),
  };
}
