/**
 * What a caller tells the audit log, and the checks that turn it into content that is stored
 * exactly as it is hashed. Pure.
 */
import type { Role } from '../db/tables.ts';
import type { AuditContent } from './chain.ts';
import { isResourceType, type ResourceType } from './resource-types.ts';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from './table.ts';

/** A signed-in member of staff, acting in one of their roles, for one unit when the role has one. */
export interface AuditActor {
  staffId: string;
  role: Role;
  unitId: string | null;
}

interface AuditInputFields {
  /** Who acted. Null only for a system job, or a login that failed before anyone was known. */
  actor: AuditActor | null;
  action: AuditAction;
  /** What kind of record, e.g. 'child'; with `resourceId` it answers "who saw this child?". */
  resourceType: ResourceType;
  /** Which record; leave out for actions on no single record (a login, a search). */
  resourceId?: string | null;
  /**
   * The child in the register the record concerns, whatever its type: the leader's access
   * report (GDPR art. 15) finds every event naming the child. Leave out when the record names
   * no single child (an anonymous consultation, a list, a login).
   */
  childId?: string | null;
  outcome: AuditOutcome;
}

/**
 * One audit event as a caller describes it. Actor, action, resource type and outcome are
 * required so they cannot be forgotten; emergency access requires a purpose. Never the
 * content of the record: the purpose is the reason for access, not what was seen.
 */
export type AuditInput = AuditInputFields &
  ({ emergency: true; purpose: string } | { emergency?: false; purpose?: string | null });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// In a `u` regex a surrogate range matches only unpaired halves, which PostgreSQL cannot store.
const UNSTORABLE = /[\u0000\uD800-\uDFFF]/u;

/** An event's content before the database clock has given it a time. */
export type AuditFields = Omit<AuditContent, 'occurredAt' | 'action' | 'outcome'> & {
  action: AuditAction;
  outcome: AuditOutcome;
};

/**
 * Checks an input at run time too (callers in plain JS, values cast from requests) and
 * returns the content as the database will give it back: UUIDs in lower case, absent values
 * as null. Any string PostgreSQL would store differently from what was hashed is refused, so
 * a stored event always verifies. Throws a TypeError naming the field, never its value.
 */
export function toAuditFields(input: AuditInput): AuditFields {
  const purpose = input.purpose ?? null;
  if (input.emergency === true && (purpose === null || purpose.trim() === '')) {
    throw new TypeError('audit: emergency access needs a purpose');
  }
  if (!(AUDIT_ACTIONS as readonly string[]).includes(input.action)) throw new TypeError('audit: unknown action');
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(input.outcome)) throw new TypeError('audit: unknown outcome');
  if (!isResourceType(input.resourceType)) throw new TypeError('audit: unknown resourceType');
  return {
    actorStaffId: input.actor ? uuid(input.actor.staffId, 'actor.staffId') : null,
    actorRole: input.actor ? text(input.actor.role, 'actor.role') : null,
    actorUnitId: input.actor?.unitId ? uuid(input.actor.unitId, 'actor.unitId') : null,
    action: input.action,
    resourceType: text(input.resourceType, 'resourceType'),
    resourceId: input.resourceId == null ? null : text(input.resourceId, 'resourceId'),
    purpose: purpose === null ? null : text(purpose, 'purpose', true),
    outcome: input.outcome,
    emergency: input.emergency === true,
    childId: input.childId == null ? null : uuid(input.childId, 'childId'),
  };
}

function uuid(value: string, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new TypeError(`audit: ${field} is not a UUID`);
  return value.toLowerCase();
}

function text(value: string, field: string, emptyAllowed = false): string {
  if (typeof value !== 'string' || (!emptyAllowed && value === '')) throw new TypeError(`audit: ${field} must be a non-empty string`);
  if (UNSTORABLE.test(value)) throw new TypeError(`audit: ${field} holds a character the database cannot store`);
  return value;
}
