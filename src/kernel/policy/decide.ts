/**
 * The one policy decision: (actor, permission, resource) → allow or deny, with the reason.
 * Pure, so it is tested as a table; every service asks it before touching personal data.
 */
import type { Actor, ActorMembership } from './actor.ts';
import { scopeOf, type Permission, type Scope } from './permissions.ts';

/** Where a record sits in the organisation: what the scopes are measured against. */
export interface ResourceScope {
  municipalityId: string;
  /** The units the record belongs to (a child's schools, a unit itself). */
  unitIds: string[];
  /** The districts of those units. */
  districtIds: string[];
  /**
   * Set on a record only the person who made it may touch (a draft, a booking, an own log
   * entry): anyone else is denied whatever their role reaches.
   */
  ownerStaffId?: string;
}

export type Decision =
  | { allow: true; reason: `role:${string}`; membership: ActorMembership; emergency: boolean }
  | { allow: false; reason: 'no_role' | 'out_of_scope' | 'not_owner' };

/**
 * Allows when some membership's role holds the permission with a scope that reaches the
 * resource, and the resource has no owner or the actor is its owner. The first reaching membership is the one recorded as "acting as".
 */
export function decide(actor: Actor, permission: Permission, resource: ResourceScope): Decision {
  if (resource.ownerStaffId !== undefined && resource.ownerStaffId !== actor.staffId) return { allow: false, reason: 'not_owner' };
  let holdsRole = false;
  for (const membership of actor.memberships) {
    const scope = scopeOf(permission, membership.role);
    if (!scope) continue;
    holdsRole = true;
    if (reaches(scope, membership, resource)) {
      return { allow: true, reason: `role:${membership.role}`, membership, emergency: false };
    }
  }
  return { allow: false, reason: holdsRole ? 'out_of_scope' : 'no_role' };
}

/** Whether the actor holds the permission anywhere at all (for route-level checks and menus). */
export function holdsPermission(actor: Actor, permission: Permission): boolean {
  return actor.memberships.some((m) => scopeOf(permission, m.role) !== undefined);
}

function reaches(scope: Scope, membership: ActorMembership, resource: ResourceScope): boolean {
  switch (scope) {
    case 'unit':
      return resource.unitIds.includes(membership.unitId);
    case 'district':
      return membership.districtId !== null && resource.districtIds.includes(membership.districtId);
    case 'municipality':
      return resource.municipalityId === membership.municipalityId;
    case 'cooperation':
      return (
        resource.municipalityId === membership.municipalityId ||
        membership.cooperationMunicipalityIds.includes(resource.municipalityId)
      );
  }
}
