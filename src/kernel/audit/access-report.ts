/**
 * Who has accessed one record, and when, in which role and why: what a leader needs to answer
 * a guardian's request for access under GDPR art. 15, and to follow up misuse.
 */
import { DEFAULT_TIME_ZONE } from '../../time/zone.ts';
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { formatCsv } from './csv.ts';
import { isResourceType, type ResourceType } from './resource-types.ts';
import type { AuditAction, AuditOutcome, AuditTables } from './table.ts';

/** One access to the record. Names are looked up now, so a person or unit deleted since shows only the id. */
export interface AccessRecord {
  occurredAt: Date;
  /**
   * Which of the asked-for records this event is about (e.g. 'child', or the 'register' listing
   * it). A string: an event written before a type was renamed keeps its old name.
   */
  resourceType: string;
  /** Null for a system job. */
  staffId: string | null;
  /** Null when there is no actor, or the person has since been deleted. */
  staffName: string | null;
  role: string | null;
  unitId: string | null;
  unitName: string | null;
  action: AuditAction;
  purpose: string | null;
  outcome: AuditOutcome;
  emergency: boolean;
}

export interface ResourceRef {
  resourceType: ResourceType;
  resourceId: string;
}

export interface Period {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/**
 * Every audit event about the records in the period, oldest first, including attempts that
 * were denied. Showing this list is itself access to personal data: audit it as such.
 */
export function listAccessToResource(
  db: Kysely<Tables>,
  resource: ResourceRef | readonly ResourceRef[],
  period: Period = {},
): Promise<AccessRecord[]> {
  return listAccess(db, { resources: [resource].flat() }, period);
}

/**
 * Every audit event that concerns the child, oldest first, denied attempts included: each
 * event that names the child (audit_event.child_id, whatever record it was about), the
 * events of the child's own record written before events named the child, and the events of
 * the further records given — lists such as a unit's register, which name many children.
 */
export function listAccessConcerningChild(
  db: Kysely<Tables>,
  childId: string,
  alsoResources: readonly ResourceRef[] = [],
  period: Period = {},
): Promise<AccessRecord[]> {
  return listAccess(db, { childId, resources: [{ resourceType: 'child', resourceId: childId }, ...alsoResources] }, period);
}

async function listAccess(
  db: Kysely<Tables>,
  about: { childId?: string; resources: readonly ResourceRef[] },
  period: Period,
): Promise<AccessRecord[]> {
  const refs = about.resources;
  if (refs.length === 0 && about.childId === undefined) return [];
  let query = db
    .withTables<AuditTables>()
    .selectFrom('audit_event as a')
    .leftJoin('staff as s', 's.id', 'a.actor_staff_id')
    .leftJoin('unit as u', 'u.id', 'a.actor_unit_id')
    .select([
      'a.occurred_at',
      'a.resource_type',
      'a.actor_staff_id',
      sql<string | null>`s.given_name || ' ' || s.family_name`.as('staff_name'),
      'a.actor_role',
      'a.actor_unit_id',
      'u.name as unit_name',
      'a.action',
      'a.purpose',
      'a.outcome',
      'a.emergency',
    ])
    .where((eb) =>
      eb.or([
        ...(about.childId === undefined ? [] : [eb('a.child_id', '=', about.childId)]),
        ...refs.map((ref) => eb.and([eb('a.resource_type', '=', ref.resourceType), eb('a.resource_id', '=', ref.resourceId)])),
      ]),
    );
  if (period.from) query = query.where('a.occurred_at', '>=', period.from);
  if (period.to) query = query.where('a.occurred_at', '<', period.to);
  const rows = await query.orderBy('a.occurred_at').orderBy('a.id').execute();
  return rows.map((row) => ({
    occurredAt: row.occurred_at,
    resourceType: row.resource_type,
    staffId: row.actor_staff_id,
    staffName: row.staff_name,
    role: row.actor_role,
    unitId: row.actor_unit_id,
    unitName: row.unit_name,
    action: row.action,
    purpose: row.purpose,
    outcome: row.outcome,
    emergency: row.emergency,
  }));
}

/** The words of the CSV: column headings and the few values that are not data. */
export interface AccessCsvLabels {
  time: string;
  staff: string;
  role: string;
  unit: string;
  action: string;
  /** Heading of the column naming which record an event was about. */
  record: string;
  /**
   * Names of record kinds ('child', 'register', …): one for every resource type, so a type added
   * without a name fails the type check. A kind the list no longer has is written as is.
   */
  records?: Readonly<Record<ResourceType, string>>;
  purpose: string;
  outcome: string;
  emergency: string;
  /** Shown as the actor of a system job. */
  system: string;
  yes: string;
  no: string;
  /** The coded columns in words; without it, the codes are written as they are. */
  values?: AccessCsvValues;
}

/** Words for the coded columns, so that the file reads like the screen it was downloaded from. */
export interface AccessCsvValues {
  role: (role: string) => string;
  /** Gets the whole event: an action can read differently by record ("saw a list"). */
  action: (event: AccessRecord) => string;
  record: (resourceType: string) => string;
  purpose: (purpose: string) => string;
  outcome: (outcome: AuditOutcome) => string;
}

/** What each kind of record is, as the English CSV names it. */
const ENGLISH_RECORD_NAMES: Readonly<Record<ResourceType, string>> = {
  child: "the child's record",
  register: 'a register listing the child',
  staff: 'a staff member',
  unit: 'a unit',
  session: 'a session',
  route: 'a refused call',
  emergency_access: 'an emergency access',
  emergency_review_list: 'the emergency accesses to review',
  consent: 'a consent',
  consents: "the child's consents",
  chronology: "the child's chronology",
  consultation: 'a consultation',
  consultations: 'a list of consultations',
  consultation_hour: 'a consultation hour',
  consultation_hours: "a unit's consultation hours",
  booking: 'a booking',
  own_bookings: 'own bookings',
  presence_settings: 'presence settings',
  network_contacts: 'the network contacts',
  contact_week: "a network contact's week",
  calendar_feed: 'a calendar feed',
  concern_report: 'a concern report',
  own_concern_reports: 'own concern reports',
  concern_report_template: 'a concern report template',
  concern_intake_queue: 'the intake queue of concern reports',
  concern_deadlines: "concern reports' deadlines",
  concern_counts: 'counts of concern reports',
  municipality_service_number: "a municipality's service number",
  pupil_talk: 'a talk with a pupil',
  pupil_talks: "a unit's talks with pupils",
  pupil_talk_request: "a pupil's request to talk",
  pupil_referrals: 'talks referred to child welfare',
  pupil_mode: 'pupil mode',
  team: 'a team',
  own_teams: 'own teams',
  team_candidates: 'candidates for a team',
  team_meeting: 'a team meeting',
  team_plan: "a team's plan",
  agenda_item: 'an agenda item',
  action_point: 'an action point',
  attendance_import: 'an attendance import',
  attendance_flag: 'an attendance flag',
  attendance_flags: 'attendance flags',
  attendance_case: 'an attendance follow-up case',
  attendance_guideline: "a municipality's attendance guideline",
  attendance_funnel: 'the attendance follow-up funnel',
  activity_entry: 'an activity entry',
  activity_sums: 'activity totals',
  own_activities: 'own activities',
  on_call_call: 'an on-call call',
  on_call_calls: 'on-call calls',
  on_call_handover: 'an on-call handover',
  on_call_statement: 'an on-call statement',
  on_call_statistics: 'on-call statistics',
  rota_plan: 'a rota plan',
  rota_service: 'a rota service',
  rota_staff: "a rota's staff",
  rota_swap: 'a shift swap',
  own_shifts: 'own shifts',
  evaluation: 'an evaluation',
  evaluation_pilot: 'an evaluation pilot',
  evaluation_imported_count: 'imported evaluation counts',
};

/** The headings in English, the default. */
export const ENGLISH_CSV_LABELS: AccessCsvLabels = {
  time: 'Time',
  staff: 'Staff',
  role: 'Role',
  unit: 'Unit',
  action: 'Action',
  record: 'Record',
  records: ENGLISH_RECORD_NAMES,
  purpose: 'Purpose',
  outcome: 'Outcome',
  emergency: 'Emergency access',
  system: 'System',
  yes: 'yes',
  no: 'no',
};

export interface AccessCsvOptions {
  /** Translated headings; English by default. */
  labels?: AccessCsvLabels;
  /** Times are written as local wall-clock time in this zone, which spreadsheets read as dates. */
  timeZone?: string;
  delimiter?: ',' | ';';
}

/**
 * The access list as a CSV file to hand over or open in a spreadsheet. A person deleted
 * since is shown by id, a deleted unit by id, a system job by the `system` label.
 */
export function toCsv(records: readonly AccessRecord[], options: AccessCsvOptions = {}): string {
  const labels = options.labels ?? ENGLISH_CSV_LABELS;
  const formatTime = wallClock(options.timeZone ?? DEFAULT_TIME_ZONE);
  const header = [
    labels.time,
    labels.staff,
    labels.role,
    labels.unit,
    labels.action,
    labels.record,
    labels.purpose,
    labels.outcome,
    labels.emergency,
  ];
  const values = labels.values;
  const body = records.map((r) => [
    formatTime(r.occurredAt),
    r.staffName ?? r.staffId ?? labels.system,
    r.role === null ? '' : (values?.role(r.role) ?? r.role),
    r.unitName ?? r.unitId ?? '',
    values?.action(r) ?? r.action,
    values?.record(r.resourceType) ?? (isResourceType(r.resourceType) ? labels.records?.[r.resourceType] : undefined) ?? r.resourceType,
    r.purpose === null ? '' : (values?.purpose(r.purpose) ?? r.purpose),
    values?.outcome(r.outcome) ?? r.outcome,
    r.emergency ? labels.yes : labels.no,
  ]);
  return formatCsv([header, ...body], options.delimiter);
}

/** `yyyy-mm-dd hh:mm:ss` in the zone: the form spreadsheets in every locale read as a date and time. */
function wallClock(timeZone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (at) => {
    const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
  };
}
