/**
 * The only door to personal data: locate the record, ask the policy, write the audit
 * event, and do the work — all in one transaction. A denied attempt is audited too and then
 * answered exactly like a missing record, so its existence does not leak.
 */
import type { Transaction } from 'kysely';
import { recordAudit } from '../audit/record.ts';
import type { ResourceType } from '../audit/resource-types.ts';
import type { AuditAction } from '../audit/table.ts';
import type { Db } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { decide, type Decision, type ResourceScope } from './decide.ts';
import { findActiveEmergencyGrant } from './emergency-grants.ts';
import type { Permission } from './permissions.ts';

export type Trx = Transaction<Tables>;

export interface AccessRequest {
  permission: Permission;
  action: AuditAction;
  resourceType: ResourceType;
  /** The record asked for: what the decision and an emergency grant are about. */
  resourceId: string;
  /**
   * The record the audit event names when the work decides it, as `purpose` called after the
   * work: a new booking has its own id only once inserted, a retried create returns the record
   * made the first time. Absent, or answering undefined: `resourceId`.
   */
  auditedId?: () => string | undefined;
  /** Where the record sits, or undefined when there is no such record. */
  locate: (trx: Trx) => Promise<ResourceScope | undefined>;
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

export async function withAccess<T>(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  work: (trx: Trx, grant: Granted) => Promise<T>,
): Promise<T> {
  const outcome = await db.transaction().execute(async (trx) => {
    const scope = await request.locate(trx);
    if (!scope) return { found: false as const };
    const { decision, grantReason } = await decideWithEmergency(trx, actor, request, scope);
    // The work runs before the audit event is written: appending takes the audit lock, which
    // is held until commit, so the shorter the rest of the transaction after it, the better.
    const result = decision.allow ? { found: true as const, value: await work(trx, decision) } : { found: false as const };
    const resourceId = (decision.allow ? request.auditedId?.() : undefined) ?? request.resourceId;
    const childId = typeof request.childId === 'function' ? await request.childId(trx, resourceId) : request.childId;
    const purpose = grantReason ?? (typeof request.purpose === 'function' ? request.purpose() : request.purpose);
    await recordAudit(trx, {
      actor: decision.allow
        ? { staffId: actor.staffId, role: decision.membership.role, unitId: decision.membership.unitId }
        : auditActorOf(actor),
      action: request.action,
      resourceType: request.resourceType,
      resourceId,
      childId,
      outcome: decision.allow ? 'allowed' : 'denied',
      ...(decision.allow && decision.emergency
        ? { emergency: true as const, purpose: purpose ?? 'emergency access' }
        : { purpose: purpose ?? null }),
    });
    return result;
  });
  if (!outcome.found) throw new NotFoundError(request.resourceType);
  return outcome.value;
}

/**
 * The ordinary decision, or — when it denies — an emergency grant the actor opened for
 * this very record and that has not yet run out.
 */
async function decideWithEmergency(
  trx: Trx,
  actor: Actor,
  request: AccessRequest,
  scope: ResourceScope,
): Promise<{ decision: Decision; grantReason?: string }> {
  const decision = decide(actor, request.permission, scope);
  if (decision.allow) return { decision };
  const grant = await findActiveEmergencyGrant(trx, actor.staffId, request.resourceType, request.resourceId);
  const membership = grant && actor.memberships.find((m) => m.unitId === grant.unitId && m.role === grant.role);
  if (!grant || !membership) return { decision };
  return { decision: { allow: true, reason: `role:${membership.role}`, membership, emergency: true }, grantReason: grant.reason };
}

/** For a denied attempt there is no granting role; the log records the one they act in now. */
export function auditActorOf(actor: Actor) {
  const membership = actor.memberships.find((m) => m.unitId === actor.currentUnitId) ?? actor.memberships[0];
  return membership ? { staffId: actor.staffId, role: membership.role, unitId: membership.unitId } : null;
}
