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
  /**
   * Whether a pilot worked: the evaluation of outcomes across the municipality's units.
   * Aggregates only, counts under 5 hidden. Leaders (there is no analyst role yet).
   */
  'evaluation.read': { leader: 'municipality' },
  /** Counts from before Tidlig, imported so a pilot has a "before": the leaders who evaluate. */
  'evaluation.import': { leader: 'municipality' },
  /**
   * The network contact's activity log: logging what they did at a unit they serve (guiding
   * staff, parent meetings, classroom sessions, outreach, team meetings), and their own entries.
   */
  'activity.log': { network_contact: 'unit' },
  /** The time spent per unit, month and kind, beside the outcomes; sessions under 5 hidden. */
  'activity.statistics': { leader: 'municipality' },
  /** Saving a pilot for the evaluation: its units with their start dates and its comparison group. */
  'evaluation.manage': { leader: 'municipality' },
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
  /** A network contact's own week: their consultation hours across units, who booked them, their team meetings. */
  'presence.week': {
    network_contact: 'municipality',
    leader: 'municipality',
  },
  /** Any network contact's week in the municipality, with booked slots as counts only. */
  'presence.week_of_others': {
    leader: 'municipality',
  },
  /** The municipality's school holidays and travel times between units, which consultation hours follow. */
  'presence.settings': {
    leader: 'municipality',
    administrator: 'municipality',
  },
  /** Booking a slot in a consultation hour at one's own unit, and seeing and cancelling one's own bookings. */
  'booking.create': {
    staff: 'unit',
    unit_leader: 'unit',
  },
  /**
   * A pupil's request to talk with the network contact: registering one for a pupil, and
   * switching the unit's device into pupil mode (where the pupil asks themself). The unit's
   * own staff, its leader and its network contacts: the adults a pupil turns to at school.
   */
  'pupil_request.create': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /**
   * The pupils' requests and talks at a unit, and the parent notice: only the network contact
   * placed there. Teachers and leaders do not see who asked or what the talk was about.
   */
  'pupil_talk.manage': {
    network_contact: 'unit',
  },
  /** The intake list of talks whose parents were not told because of risk to the child: child welfare's intake. */
  'pupil_referral.read': {
    intake_worker: 'municipality',
  },
  /**
   * Recording a consultation at a unit: the unit's staff and leader bring a concern, and the
   * network contacts placed at the unit hold the consultations. Only at their own unit, since
   * the anonymity guard checks against that unit's register.
   */
  'consultation.record': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /**
   * Reading and editing a unit's consultations (consented ones name a child): the network
   * contact who advises and the unit leader who follows up. Not every teacher at the unit: a
   * teacher who brings a concern gets the record back once, but not the unit's other cases.
   */
  'consultation.read': {
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /** Editing a record (optimistic locking): the same people who read them. */
  'consultation.edit': {
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /**
   * A child's consents: a teacher, the leader or the network contact at the child's unit is
   * the one the guardians usually give (or withdraw) consent to, so each may register it.
   */
  'consent.manage': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /**
   * A child's chronology across consultations and consents (later concern reports and
   * absence): those who follow the child over time — the network contact and leader at the
   * child's unit, and intake, who receives the concern reports. Not every teacher, and not the
   * head of child welfare, who sees aggregates only.
   */
  'chronology.read': {
    unit_leader: 'unit',
    network_contact: 'unit',
    intake_worker: 'municipality',
  },
  /**
   * Writing a concern report to child welfare, and seeing one's own reports and their feedback.
   * The duty to report rests on each public employee personally (NO § 13-2, DK skærpet
   * underretningspligt), so everyone who works with children at a unit holds it; the reports
   * are the writer's own (a draft's scope names its owner, and the decision denies anyone else).
   */
  'concern.draft': {
    staff: 'unit',
    unit_leader: 'unit',
    network_contact: 'unit',
  },
  /**
   * Starting a report from a consultation, carrying over what the writer ticks. It reads the
   * consultation, so only those who may see it: the unit's network contact and leader, who
   * read its consultations, and the staff member who recorded it, on the day they recorded it
   * (they get the record back once, then not again; the service narrows staff to that). At the
   * consultation's own unit, which the report is then written from.
   */
  'concern.from_consultation': {
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
  /**
   * Logging a call or visit outside office hours at an on-call unit (an inter-municipal on-call
   * service, or a child welfare unit's evening team): the on-call workers, for every
   * municipality of their cooperation.
   */
  'on_call.log': { on_call_worker: 'cooperation' },
  /**
   * An on-call unit's calls and one call: the on-call workers across their cooperation, and the
   * intake and leader of the municipality a call is about (a call sits with that municipality).
   */
  'on_call.read': {
    on_call_worker: 'cooperation',
    intake_worker: 'municipality',
    leader: 'municipality',
  },
  /**
   * An on-call unit's figures (calls by time, placements, each worker's load): aggregates for
   * the leader of the municipality the unit belongs to, who runs the service.
   */
  'on_call.statistics': { leader: 'municipality' },
  /**
   * Planning an evening team's or on-call service's rota: its shift templates, the staff
   * profiles, generating, adjusting and publishing plans, deciding swaps. The leader of the
   * municipality the unit belongs to, who runs the service.
   */
  'rota.plan': { leader: 'municipality' },
  /** A unit's published rota: its on-call workers across the cooperation, and its leader (who also sees drafts). */
  'rota.read': { on_call_worker: 'cooperation', leader: 'municipality' },
  /** A worker's own shifts, and asking to give one to a colleague. */
  'rota.swap': { on_call_worker: 'cooperation' },
  /** Setting an on-call service's monthly cost, the key it is split by and the populations: the same leader. */
  'on_call.cost': { leader: 'municipality' },
  /** The morning handover of a municipality's calls needing follow-up, and taking a call over: its intake and leader. */
  'on_call.handover': {
    intake_worker: 'municipality',
    leader: 'municipality',
  },
  /** The municipality's child welfare and on-call numbers, which the acute advice gives. */
  'concern.service_numbers': { administrator: 'municipality' },
  /**
   * Importing a school admin system's absence export: the school's leader (the attendance
   * coordinator's import, for the school's own pupils) and the municipality's administrator.
   */
  'attendance.import': {
    unit_leader: 'unit',
    administrator: 'municipality',
  },
  /**
   * A school's absence flags and the figures behind them. The register does not know which
   * classes a teacher teaches, so the school's staff see the school; the network contact only
   * what a consultation shares (not here), leaders aggregates only (not here).
   */
  'attendance.read': {
    staff: 'unit',
    unit_leader: 'unit',
  },
  /** Handling a flag (recording what was done about it): the school's leader as its attendance coordinator. */
  'attendance.follow_up': {
    unit_leader: 'unit',
  },
  /**
   * The municipality's staged attendance guideline: who writes it and chooses its presets. The
   * same people who keep the municipality's school calendar (presence.settings), which the
   * guideline's school days are counted on.
   */
  'attendance.guideline': {
    leader: 'municipality',
    administrator: 'municipality',
  },
  /**
   * The follow-up funnel by month (flagged, contacted, meeting, return plan, back at school):
   * aggregates with counts under 5 withheld, for the school's leader and the municipality's leaders.
   */
  'attendance.statistics': {
    unit_leader: 'unit',
    leader: 'municipality',
  },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof permissions;

/** The scope the role gives for the permission, or undefined when the role does not hold it. */
export function scopeOf(permission: Permission, role: Role): Scope | undefined {
  return (permissions[permission] as Partial<Record<Role, Scope>>)[role];
}
