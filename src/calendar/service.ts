/**
 * Use-cases of the personal calendar feed: make (or remake) its secret URL, tell whether there
 * is one, revoke it, and read it by its token. A feed is its owner's alone, so there is no
 * policy to ask; each change and each read is still audited, in the transaction that does it.
 * The feed has no session: its reads go through `withTokenAccess`, the owner as actor.
 */
import { recordAudit } from '../kernel/audit/record.ts';
import type { AuditAction } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { auditActorOf, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { withTokenAccess } from '../kernel/policy/named-access.ts';
import { clock } from '../time/clock.ts';
import { feedPath, hashToken, newToken, renderFeed, tokenOf } from './feed.ts';
import * as repo from './repo.ts';
import type { CalendarFeedStatus } from './schema.ts';

const auditOwnFeed = (trx: Trx, actor: Actor, action: AuditAction) =>
  recordAudit(trx, { actor: auditActorOf(actor), action, resourceType: 'calendar_feed', resourceId: actor.staffId, outcome: 'allowed' });

/** Creates or replaces the actor's feed; the returned path holds a token that exists nowhere else. */
export function createFeed(db: Db, actor: Actor): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const token = newToken();
    await repo.replaceFeed(trx, actor.staffId, hashToken(token));
    await auditOwnFeed(trx, actor, 'create');
    return feedPath(token);
  });
}

/** Whether the actor has a feed, and since when: the URL itself cannot be shown again. */
export async function feedStatus(db: Db, actor: Actor): Promise<CalendarFeedStatus> {
  const createdAt = await repo.feedCreatedAt(db, actor.staffId);
  return { active: createdAt !== undefined, createdAt: createdAt?.toISOString() ?? null };
}

export function revokeFeed(db: Db, actor: Actor): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await repo.deleteFeed(trx, actor.staffId);
    await auditOwnFeed(trx, actor, 'delete');
  });
}

/**
 * The feed's text for a token (with or without '.ics'), or undefined for an unknown or revoked
 * one. Read through the token door: the owner is the actor, one audit event per fetch.
 */
export async function readFeed(db: Db, rawToken: string, now = clock.now()): Promise<string | undefined> {
  const token = tokenOf(rawToken);
  if (!token) return undefined;
  const read = await withTokenAccess(
    db,
    {
      action: 'read',
      owner: async (trx) => {
        const staffId = await repo.ownerOfFeed(trx, hashToken(token));
        if (!staffId) return undefined;
        const membership = await repo.firstMembershipOf(trx, staffId);
        return { staffId, membership: membership && { role: membership.role, unitId: membership.unit_id } };
      },
      resource: (owner) => ({ type: 'calendar_feed', id: owner.staffId }),
    },
    (trx, owner) => renderFeed(trx, owner.staffId, now),
  );
  return read?.value;
}
