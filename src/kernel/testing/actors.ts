/** The policy actor a service test acts as. */
import { loadActor } from '../auth/actor-repo.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';

/**
 * A staff member as the policy sees them after login, with no unit chosen: what a service is
 * called with. A test that names staff who do not exist fails here, not in the service.
 */
export async function actor(db: Db, staffId: string): Promise<Actor> {
  const loaded = await loadActor(db, staffId, null);
  if (!loaded) throw new Error(`no such staff: ${staffId}`);
  return loaded;
}
