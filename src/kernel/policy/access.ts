/**
 * The only door to personal data: locate the record, ask the policy, do the work and write
 * the audit event — all in one transaction. A denied attempt is audited too and then answered
 * exactly like a missing record, so its existence does not leak. A refused or failed work is
 * audited as such, in a transaction of its own, since its own is rolled back. A read runs on
 * one connection without a transaction, its work held to selects (db/read-only.ts), and its
 * event is inserted after it: nothing is answered that was not logged.
 */
import type { Transaction } from 'kysely';
import type { AuditInput } from '../audit/input.ts';
import { recordAudit, recordAuditOfRead } from '../audit/record.ts';
import type { ResourceType } from '../audit/resource-types.ts';
import type { AuditAction, AuditOutcome } from '../audit/table.ts';
import type { Db } from '../db/database.ts';
import { readOnlyGuard } from '../db/read-only.ts';
import type { Tables } from '../db/tables.ts';
import { NotFoundError, RuleViolation } from '../errors.ts';
import type { Actor } from './actor.ts';
import { decide, type Decision, type ResourceScope } from './decide.ts';
import { findActiveEmergencyGrant } from './emergency-grants.ts';
import type { Permission } from './permissions.ts';

export type Trx = Transaction<Tables>;

export interface AccessRequest<S extends ResourceScope = ResourceScope> {
  /** What the actor must hold; of several, the first that allows grants (a lookup by identity number: read, or open in an emergency). */
  permission: Permission | readonly Permission[];
  action: AuditAction;
  resourceType: ResourceType;
  /**
   * The record asked for: what the decision and an emergency grant are about. A function of
   * where it was located when the request names it by another key (an identity number, an
   * idempotency key), so the record is found inside the door.
   */
  resourceId: string | ((scope: S) => string);
  /**
   * 'audited' for a lookup by a key that is not the record's id: an attempt that finds nothing
   * is audited too, as denied and naming no record (never the key), so every probe is on record.
   * Absent, finding nothing writes no event (the id asked for is the caller's own knowledge).
   */
  missing?: 'audited';
  /**
   * The record the audit event names when the work decides it, as `purpose` called after the
   * work: a new booking has its own id only once inserted, a retried create returns the record
   * made the first time. Absent, or answering undefined: `resourceId`.
   */
  auditedId?: () => string | undefined;
  /** Where the record sits, or undefined when there is no such record. */
  locate: (trx: Trx) => Promise<S | undefined>;
  /**
   * Why the actor needs it, when they said so. A function when the work decides it (a save
   * whose warnings the writer confirmed, known once the record is read); called after the work.
   */
  purpose?: string | (() => string | undefined);
  /**
   * The child in the register the record concerns, written to the audit event so the access
   * report finds it. A function when the record says so itself (read after the work, which
   * may have linked or created it), given the audited record's id; null or absent when it
   * concerns no single child.
   */
  childId?: string | ((trx: Trx, auditedId: string) => Promise<string | null | undefined>);
}

export type Granted = Extract<Decision, { allow: true }>;

/**
 * What a work returns, or throws, when the domain's rules refuse the request: audited as
 * 'refused' with its code, then thrown. `not_found` is a record the work looked for itself.
 */
export type Refusal = RuleViolation | NotFoundError;

function isRefusal(value: unknown): value is Refusal {
  return value instanceof RuleViolation || value instanceof NotFoundError;
}

/**
 * Runs the work when the policy allows, and writes one audit event for the attempt whatever
 * its end: 'denied' (answered as not found), 'allowed', 'refused' when the work returns or
 * throws a refusal, 'failed' when it throws anything else. A refused or failed work changes
 * nothing: its transaction rolls back and the event is written in a transaction of its own,
 * committed before the refusal or error is thrown on.
 */
export async function withAccess<T, S extends ResourceScope = ResourceScope>(
  db: Db,
  actor: Actor,
  request: AccessRequest<S>,
  work: (trx: Trx, grant: Granted, scope: S) => Promise<T | Refusal>,
): Promise<Exclude<T, Refusal>> {
  // Set once the work has been allowed to start: only its end needs an event of its own.
  let granted: { decision: Granted; grantReason: string | undefined; resourceId: string } | undefined;
  let outcome: { found: false } | { found: true; value: Exclude<T, Refusal> };
  try {
    outcome = await unitOfWork(db, request.action, async (unit) => {
      const { reader } = unit;
      const scope = await request.locate(reader);
      if (!scope) {
        if (request.missing === 'audited') {
          await recordAttempt(unit, actor, request, null, { decision: { allow: false, reason: 'out_of_scope' } }, 'denied');
        }
        return { found: false as const };
      }
      const resourceId = typeof request.resourceId === 'function' ? request.resourceId(scope) : request.resourceId;
      const { decision, grantReason } = await decideWithEmergency(reader, actor, request, resourceId, scope);
      if (!decision.allow) {
        await recordAttempt(unit, actor, request, resourceId, { decision, grantReason }, 'denied');
        return { found: false as const };
      }
      granted = { decision, grantReason, resourceId };
      const value = await work(reader, decision, scope);
      // Thrown, the transaction rolls back what the work wrote; the refusal is audited after.
      if (isRefusal(value)) throw value;
      // Written after the work: the event's insert time is then close to its commit, which the
      // sealer's readiness check reads (src/kernel/audit/seal.ts).
      await recordAttempt(unit, actor, request, granted.resourceId, granted, 'allowed');
      return { found: true as const, value: value as Exclude<T, Refusal> };
    });
  } catch (error) {
    if (!granted) throw error;
    const attempt = granted;
    const refusal = isRefusal(error) ? error : undefined;
    await db.transaction().execute((trx) =>
      recordAttempt(inTransaction(trx), actor, request, attempt.resourceId, attempt, refusal ? 'refused' : 'failed', refusal),
    );
    throw error;
  }
  if (!outcome.found) throw new NotFoundError(request.resourceType);
  return outcome.value;
}

/** What an attempt runs on: `reader` for locate and the work, `audit` for its event. */
interface Unit {
  reader: Trx;
  audit: (input: AuditInput) => Promise<void>;
}

const inTransaction = (trx: Trx): Unit => ({ reader: trx, audit: (input) => recordAudit(trx, input) });

/**
 * A write runs in a transaction with its event. A read runs on one connection with its work
 * held to selects, and its event inserted after it (see the head of this file).
 */
function unitOfWork<R>(db: Db, action: AuditAction, run: (unit: Unit) => Promise<R>): Promise<R> {
  if (action !== 'read') return db.transaction().execute((trx) => run(inTransaction(trx)));
  // A Kysely on one connection has every method of a Transaction that a read may use.
  return db.connection().execute((connection) =>
    run({ reader: connection.withPlugin(readOnlyGuard) as Trx, audit: (input) => recordAuditOfRead(connection, input) }),
  );
}

/**
 * The audit event of one attempt on the record `askedId` (null: a lookup that found none); a
 * refusal's code goes with the purpose, which is free text.
 */
async function recordAttempt<S extends ResourceScope>(
  { reader, audit }: Unit,
  actor: Actor,
  request: AccessRequest<S>,
  askedId: string | null,
  { decision, grantReason }: { decision: Decision; grantReason?: string | undefined },
  outcome: AuditOutcome,
  refusal?: Refusal,
): Promise<void> {
  // A record the work made is named only when it was kept: a refused or failed one was rolled back.
  const resourceId = (outcome === 'allowed' ? request.auditedId?.() : undefined) ?? askedId;
  const childId =
    typeof request.childId === 'function' ? (resourceId === null ? null : await request.childId(reader, resourceId)) : request.childId;
  const given = grantReason ?? (typeof request.purpose === 'function' ? request.purpose() : request.purpose);
  const refused = refusal && `refused: ${refusal instanceof RuleViolation ? refusal.code : 'not_found'}`;
  const purpose = [given, refused].filter((part) => part).join('; ') || undefined;
  await audit({
    actor: decision.allow ? { staffId: actor.staffId, role: decision.membership.role, unitId: decision.membership.unitId } : auditActorOf(actor),
    action: request.action,
    resourceType: request.resourceType,
    resourceId,
    childId,
    outcome,
    ...(decision.allow && decision.emergency ? { emergency: true as const, purpose: purpose ?? 'emergency access' } : { purpose: purpose ?? null }),
  });
}

/**
 * The ordinary decision, or — when it denies — an emergency grant the actor opened for
 * this very record and that has not yet run out.
 */
async function decideWithEmergency<S extends ResourceScope>(
  trx: Trx,
  actor: Actor,
  request: AccessRequest<S>,
  resourceId: string,
  scope: S,
): Promise<{ decision: Decision; grantReason?: string }> {
  const permissions: readonly Permission[] = typeof request.permission === 'string' ? [request.permission] : request.permission;
  const decisions = permissions.map((permission) => decide(actor, permission, scope));
  const decision = decisions.find((d) => d.allow) ?? decisions[0] ?? { allow: false, reason: 'no_role' };
  if (decision.allow) return { decision };
  const grant = await findActiveEmergencyGrant(trx, actor.staffId, request.resourceType, resourceId);
  const membership = grant && actor.memberships.find((m) => m.unitId === grant.unitId && m.role === grant.role);
  if (!grant || !membership) return { decision };
  return { decision: { allow: true, reason: `role:${membership.role}`, membership, emergency: true }, grantReason: grant.reason };
}

/** For a denied attempt there is no granting role; the log records the one they act in now. */
export function auditActorOf(actor: Actor) {
  const membership = actor.memberships.find((m) => m.unitId === actor.currentUnitId) ?? actor.memberships[0];
  return membership ? { staffId: actor.staffId, role: membership.role, unitId: membership.unitId } : null;
}
