/**
 * The access matrix: for every permission, which roles hold it and how far it reaches.
 * This table is the one place to read or change who may do what; decide.ts applies it and
 * routes name the permission they need (see route-access.ts). Anything not listed is denied.
 */
import type { Role } from '../db/tables.ts';

/** How far a role's permission reaches from the unit where the person holds the role. */
export type Scope = 'unit' | 'district' | 'municipality' | 'cooperation';

export const permissions = {
  /** The organisation: municipalities, districts, units and the people working in them. */
  'organisation.read': {
    staff: 'municipality',
    unit_leader: 'municipality',
    network_contact: 'municipality',
    partner: 'municipality',
    intake_worker: 'municipality',
    on_call_worker: 'cooperation',
    leader: 'municipality',
    administrator: 'municipality',
  },
  /** A child's basic record: name, identity number, unit, guardians. */
  'child.read': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
    intake_worker: 'municipality',
    leader: 'municipality',
  },
  /** Opening a record outside one's scope in an emergency, with a reason. */
  'emergency.open': {
    intake_worker: 'cooperation',
    on_call_worker: 'cooperation',
  },
  /** The leader's list of emergency accesses to review. */
  'emergency.review': { leader: 'municipality' },
  /** Who accessed a record (a guardian's right of access, GDPR art. 15). */
  'audit.access_report': { leader: 'municipality' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof permissions;

/** The scope the role gives for the permission, or undefined when the role does not hold it. */
export function scopeOf(permission: Permission, role: Role): Scope | undefined {
  return (permissions[permission] as Partial<Record<Role, Scope>>)[role];
}
