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
  /**
   * A unit's cross-sector team ("På tvers") and its annual plan: members, meetings, agenda,
   * minutes, action points. The unit's leader, and the partners, network contacts and leaders
   * who sit on teams across the municipality.
   */
  'team.read': {
    unit_leader: 'unit',
    partner: 'municipality',
    network_contact: 'municipality',
    leader: 'municipality',
  },
  /** Choosing the team and running its plan: proposing, moving and publishing meetings, agenda, minutes, action points. */
  'team.manage': {
    unit_leader: 'unit',
    leader: 'municipality',
  },
  /**
   * A unit's consultation hours and free slots (no bookings, no personal data beyond the
   * contact's name): the unit's own staff and leader, and the network contacts and leaders
   * who plan presence across the municipality.
   */
  'presence.read': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'municipality',
    leader: 'municipality',
  },
  /** Planning a network contact's weekly consultation hours at units. */
  'presence.plan': {
    network_contact: 'municipality',
    leader: 'municipality',
  },
  /** Booking a slot in a consultation hour at one's own unit, and seeing and cancelling one's own bookings. */
  'booking.create': {
    staff: 'unit',
    unit_leader: 'unit',
  },
  /**
   * Writing a concern report to child welfare, and seeing one's own reports and their feedback.
   * The duty to report rests on each public employee personally (NO § 13-2, DK skærpet
   * underretningspligt), so everyone who works with children at a unit holds it; the reports
   * are the writer's own (the service looks them up by reporter).
   */
  'concern.draft': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /** The intake queue: received reports of the municipality, their content and the legal clock; the Fiks IO export. */
  'concern.intake': {
    intake_worker: 'municipality',
    leader: 'municipality',
  },
  /** Deciding on a received report (closed, investigation, acute measure) and extending an investigation. */
  'concern.decide': {
    intake_worker: 'municipality',
    leader: 'municipality',
  },
  /** The leader's view of deadlines near or past, without the children's names. */
  'concern.deadlines': { leader: 'municipality' },
  /** Reports received per unit and period, small counts suppressed (for the pilot evaluation). */
  'concern.statistics': { leader: 'municipality' },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof permissions;

/** The scope the role gives for the permission, or undefined when the role does not hold it. */
export function scopeOf(permission: Permission, role: Role): Scope | undefined {
  return (permissions[permission] as Partial<Record<Role, Scope>>)[role];
}
