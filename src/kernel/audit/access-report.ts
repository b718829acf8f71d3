/**
 * Who has accessed one record, and when, in which role and why: what a leader needs to answer
 * a guardian's request for access under GDPR art. 15, and to follow up misuse.
 */
import { DEFAULT_TIME_ZONE } from '../../time/zone.ts';
import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables.ts';
import { formatCsv } from './csv.ts';
import type { AuditAction, AuditOutcome, AuditTables } from './table.ts';

/** One access to the record. Names are looked up now, so a person or unit deleted since shows only the id. */
export interface AccessRecord {
  occurredAt: Date;
  /** Which of the asked-for records this event is about (e.g. 'child', or the 'register' listing it). */
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
  resourceType: string;
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
  /** Names of record kinds ('child', 'register', …); an unnamed kind is written as is. */
  records?: Readonly<Record<string, string>>;
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

/** The headings in English, the default. */
export const ENGLISH_CSV_LABELS: AccessCsvLabels = {
  time: 'Time',
  staff: 'Staff',
  role: 'Role',
  unit: 'Unit',
  action: 'Action',
  record: 'Record',
  records: { child: "the child's record", register: 'a register listing the child' },
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
    values?.record(r.resourceType) ?? labels.records?.[r.resourceType] ?? r.resourceType,
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
