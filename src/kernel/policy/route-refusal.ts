/**
 * A call refused by the route guard (403: none of the caller's roles holds the route's
 * permission) is a denied attempt like any other, so it leaves one audit event. No record has
 * been looked up yet, so the event names the route's pattern (never the URL, which may hold
 * ids) as a record of type `route`, and no child.
 */
import { recordAudit } from '../audit/record.ts';
import type { AuditAction } from '../audit/table.ts';
import type { Db } from '../db/database.ts';
import { auditActorOf } from './access.ts';
import type { Actor } from './actor.ts';

/** What a refused call would have done, as far as its method tells: a POST may also change a record. */
const ACTION_OF_METHOD: Record<string, AuditAction> = { GET: 'read', HEAD: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };

export async function recordRouteRefusal(db: Db, actor: Actor, method: string, route: string): Promise<void> {
  await db.transaction().execute((trx) =>
    recordAudit(trx, {
      actor: auditActorOf(actor),
      action: ACTION_OF_METHOD[method] ?? 'read',
      resourceType: 'route',
      resourceId: `${method === 'HEAD' ? 'GET' : method} ${route}`,
      outcome: 'denied',
      purpose: 'no role holds the permission',
    }),
  );
}
