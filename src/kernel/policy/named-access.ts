/**
 * The two named variants of the one door (`withAccess` in access.ts), for reads and writes of
 * personal data that no signed-in person asks for:
 *
 *  - `withSystemAccess`: a background job of the system itself (reminders, notices, retention,
 *    recomputes). There is no policy to ask — the job is the system's own code — but every run
 *    that touches a record leaves one audit event, with no staff as actor and the job's name
 *    in the purpose (`job: reminders`), in the transaction that does the work.
 *  - `withTokenAccess`: a read by a secret token instead of a session (the calendar feed). The
 *    token's owner is the actor, audited in the role they hold; one event per fetch.
 *
 * Like `withAccess`, both locate first and write nothing when there is nothing there; both
 * audit a failed work as 'failed' in a transaction of its own (the work's own is rolled back)
 * and throw the error on. Nothing else in a capability may read personal data outside these
 * three (see README, "Access policy").
 */
import { recordAudit } from '../audit/record.ts';
import type { AuditActor } from '../audit/input.ts';
import type { ResourceType } from '../audit/resource-types.ts';
import type { AuditAction, AuditOutcome } from '../audit/table.ts';
import type { Db } from '../db/database.ts';
import type { Trx } from './access.ts';

/** What an event of a door without a person names: the record, and the child it concerns. */
export interface AuditedResource {
  type: ResourceType;
  /** Null for a job's work on no single record (a recompute of every flag). */
  id: string | null;
  childId?: string | null;
}

export interface SystemAccessRequest<S> {
  action: AuditAction;
  /**
   * What the job works on (a due row it claims, the set it recomputes), or undefined when there
   * is nothing to do: then nothing runs and nothing is audited.
   */
  locate: (trx: Trx) => Promise<S | undefined>;
  /** The record the event names, given what was located (and, for 'allowed', after the work). */
  resource: (found: S) => AuditedResource;
  /** Why, beyond the job's name (a retention period, say). */
  purpose?: string;
}

/** The answer of a door that may find nothing: undefined, or what it found and the work's value. */
export type Located<S, T> = { found: S; value: T } | undefined;

/**
 * Runs a system job's work on what it locates, in one transaction with one audit event: actor
 * null, purpose `job: <name>` (and the request's purpose). A work that throws is audited as
 * 'failed' in a transaction of its own, after its own rolled back, and the error is thrown on.
 */
export async function withSystemAccess<S, T>(
  db: Db,
  job: string,
  request: SystemAccessRequest<S>,
  work: (trx: Trx, found: S) => Promise<T>,
): Promise<Located<S, T>> {
  const purpose = [`job: ${job}`, request.purpose].filter(Boolean).join('; ');
  let located: { found: S } | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await request.locate(trx);
      if (found === undefined) return undefined;
      located = { found };
      const value = await work(trx, found);
      await recordNamed(trx, null, request.action, request.resource(found), purpose, 'allowed');
      return { found, value };
    });
  } catch (error) {
    if (!located) throw error;
    const { found } = located;
    await db.transaction().execute((trx) => recordNamed(trx, null, request.action, request.resource(found), purpose, 'failed'));
    throw error;
  }
}

/** The owner of a token: a member of staff, and the role their token reads are audited in (null when they hold none). */
export interface TokenOwner {
  staffId: string;
  membership: { role: AuditActor['role']; unitId: string | null } | undefined;
}

export interface TokenAccessRequest {
  action: AuditAction;
  /** The token's owner, or undefined for an unknown or revoked token: nothing runs, nothing is audited. */
  owner: (trx: Trx) => Promise<TokenOwner | undefined>;
  /** The record the event names, given the owner (the feed: the owner's own). */
  resource: (owner: TokenOwner) => AuditedResource;
}

/**
 * Runs a read by token for the token's owner, in one transaction with one audit event naming
 * the owner as actor (in their first role, since a token has no session to choose one). A work
 * that throws is audited as 'failed' in a transaction of its own, and the error thrown on.
 */
export async function withTokenAccess<T>(
  db: Db,
  request: TokenAccessRequest,
  work: (trx: Trx, owner: TokenOwner) => Promise<T>,
): Promise<Located<TokenOwner, T>> {
  let located: TokenOwner | undefined;
  const actorOf = (owner: TokenOwner): AuditActor | null =>
    owner.membership ? { staffId: owner.staffId, role: owner.membership.role, unitId: owner.membership.unitId } : null;
  try {
    return await db.transaction().execute(async (trx) => {
      const owner = await request.owner(trx);
      if (!owner) return undefined;
      located = owner;
      const value = await work(trx, owner);
      await recordNamed(trx, actorOf(owner), request.action, request.resource(owner), null, 'allowed');
      return { found: owner, value };
    });
  } catch (error) {
    if (!located) throw error;
    const owner = located;
    await db.transaction().execute((trx) => recordNamed(trx, actorOf(owner), request.action, request.resource(owner), null, 'failed'));
    throw error;
  }
}

function recordNamed(
  trx: Trx,
  actor: AuditActor | null,
  action: AuditAction,
  resource: AuditedResource,
  purpose: string | null,
  outcome: AuditOutcome,
): Promise<void> {
  return recordAudit(trx, {
    actor,
    action,
    resourceType: resource.type,
    resourceId: resource.id,
    childId: resource.childId ?? null,
    purpose,
    outcome,
  });
}
