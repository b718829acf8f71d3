import type { Db } from '../db/database.ts';
import { clock } from '../../time/clock.ts';

/** An unexpired emergency grant the person opened for exactly this record, if any. */
export function findActiveEmergencyGrant(db: Db, staffId: string, resourceType: string, resourceId: string) {
  return db
    .selectFrom('emergency_access')
    .select(['id', 'role', 'unit_id as unitId', 'reason', 'expires_at as expiresAt'])
    .where('staff_id', '=', staffId)
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('expires_at', '>', clock.now())
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
}
