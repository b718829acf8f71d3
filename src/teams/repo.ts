/** Queries for teams, their meetings, agenda items and action points. Only reached through service.ts, behind the policy. */
import type { Db } from '../kernel/db/database.ts';
import type { RoleInTeam } from './tables.ts';

export { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';
import { locateUnit, type UnitScope } from '../kernel/policy/locate.ts';

/** A meeting's unit scope, or undefined when the meeting is not the unit's. */
export async function locateMeeting(db: Db, unitId: string, meetingId: string): Promise<UnitScope | undefined> {
  const meeting = await db.selectFrom('team_meeting').select('id').where('id', '=', meetingId).where('unit_id', '=', unitId).executeTakeFirst();
  return meeting ? locateUnit(db, unitId) : undefined;
}

/** An action point's unit scope, or undefined when it is not on one of the unit's meetings. */
export async function locateActionPoint(db: Db, unitId: string, actionPointId: string): Promise<UnitScope | undefined> {
  const row = await db
    .selectFrom('action_point as a')
    .innerJoin('team_meeting as tm', 'tm.id', 'a.meeting_id')
    .select('a.id')
    .where('a.id', '=', actionPointId)
    .where('tm.unit_id', '=', unitId)
    .executeTakeFirst();
  return row ? locateUnit(db, unitId) : undefined;
}

/** The municipality's school holiday periods (migration 0005), for the school calendar. */
export async function listSchoolHolidays(db: Db, municipalityId: string) {
  const rows = await db
    .selectFrom('school_holiday')
    .select(['from_date', 'to_date', 'label'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('from_date')
    .execute();
  return rows.map((h) => ({ from: h.from_date, to: h.to_date, label: h.label }));
}

export function listMembers(db: Db, unitId: string) {
  return db
    .selectFrom('team_member as tm')
    .innerJoin('staff as s', 's.id', 'tm.staff_id')
    .select(['s.id', 's.given_name', 's.family_name', 'tm.role_in_team'])
    .where('tm.unit_id', '=', unitId)
    .orderBy('tm.role_in_team')
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
}

/**
 * For each candidate member, the kinds of service and the unit-leader units they work in,
 * within the municipality: what decides whether they may sit on the team in a given role.
 */
export async function listEligibility(db: Db, municipalityId: string, staffIds: string[]) {
  if (staffIds.length === 0) return [];
  return db
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .select(['ms.staff_id', 'ms.role', 'u.id as unit_id', 'u.kind'])
    .where('ms.staff_id', 'in', staffIds)
    .where('u.municipality_id', '=', municipalityId)
    .where('s.municipality_id', '=', municipalityId)
    .execute();
}

/**
 * Replaces the team under a lock on the unit's row: two saves at once (a double click) then run
 * one after the other instead of both inserting the same members.
 */
export async function replaceMembers(db: Db, unitId: string, members: { staffId: string; roleInTeam: RoleInTeam }[]) {
  await db.selectFrom('unit').select('id').where('id', '=', unitId).forUpdate().execute();
  await db.deleteFrom('team_member').where('unit_id', '=', unitId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('team_member')
    .values(members.map((m) => ({ unit_id: unitId, staff_id: m.staffId, role_in_team: m.roleInTeam })))
    .execute();
}

export async function isMember(db: Db, unitId: string, staffId: string): Promise<boolean> {
  const row = await db.selectFrom('team_member').select('staff_id').where('unit_id', '=', unitId).where('staff_id', '=', staffId).executeTakeFirst();
  return row !== undefined;
}

const meetingColumns = ['id', 'school_year', 'date', 'start_time', 'end_time', 'status', 'minutes', 'version'] as const;

export function listMeetings(db: Db, unitId: string, schoolYear: string) {
  return db
    .selectFrom('team_meeting')
    .select(meetingColumns)
    .where('unit_id', '=', unitId)
    .where('school_year', '=', schoolYear)
    .orderBy('date')
    .orderBy('start_time')
    .execute();
}

export function findMeeting(db: Db, meetingId: string) {
  return db.selectFrom('team_meeting').select([...meetingColumns, 'unit_id']).where('id', '=', meetingId).executeTakeFirstOrThrow();
}

/** The unit's first meeting after this one that has not been held: where open action points go. */
export function findNextMeeting(db: Db, unitId: string, after: { id: string; date: string; start_time: string }) {
  return db
    .selectFrom('team_meeting')
    .select(['id'])
    .where('unit_id', '=', unitId)
    .where('id', '!=', after.id)
    .where('status', '!=', 'held')
    .where((eb) =>
      eb.or([eb('date', '>', after.date), eb.and([eb('date', '=', after.date), eb('start_time', '>', after.start_time)])]),
    )
    .orderBy('date')
    .orderBy('start_time')
    .limit(1)
    .executeTakeFirst();
}

/** The unit's meetings just before and just after this one, in any school year and status: for moving between meetings. */
export async function findNeighbours(db: Db, unitId: string, meeting: { id: string; date: string; start_time: string }) {
  const base = db.selectFrom('team_meeting').select(['id', 'date']).where('unit_id', '=', unitId).where('id', '!=', meeting.id);
  const [previous, next] = await Promise.all([
    base
      .where((eb) =>
        eb.or([eb('date', '<', meeting.date), eb.and([eb('date', '=', meeting.date), eb('start_time', '<', meeting.start_time)])]),
      )
      .orderBy('date', 'desc')
      .orderBy('start_time', 'desc')
      .limit(1)
      .executeTakeFirst(),
    base
      .where((eb) =>
        eb.or([eb('date', '>', meeting.date), eb.and([eb('date', '=', meeting.date), eb('start_time', '>', meeting.start_time)])]),
      )
      .orderBy('date')
      .orderBy('start_time')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { previous: previous ?? null, next: next ?? null };
}

/**
 * Everyone who may sit on the unit's team, with the role they would have: the unit's own unit
 * leaders, and the people working in the municipality's family centres, child welfare and PPT
 * (the same rule putMembers checks).
 */
export async function listCandidates(db: Db, municipalityId: string, unitId: string) {
  return db
    .selectFrom('membership as ms')
    .innerJoin('unit as u', 'u.id', 'ms.unit_id')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .select(['s.id', 's.given_name', 's.family_name', 'u.kind', 'ms.role', 'ms.unit_id'])
    .distinct()
    .where('u.municipality_id', '=', municipalityId)
    .where('s.municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.or([
        eb('u.kind', 'in', ['family_centre', 'child_welfare', 'ppt']),
        eb.and([eb('ms.unit_id', '=', unitId), eb('ms.role', '=', 'unit_leader')]),
      ]),
    )
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .orderBy('s.id')
    .execute();
}

/** The agenda item added under an idempotency key, if any. */
export function findAgendaItemByKey(db: Db, key: string) {
  return db.selectFrom('agenda_item').select(['id', 'meeting_id', 'kind', 'text']).where('idempotency_key', '=', key).executeTakeFirst();
}

/** The action point added under an idempotency key, if any. */
export function findActionPointByKey(db: Db, key: string) {
  return db.selectFrom('action_point').select(['id', 'meeting_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

export function listAgendaItems(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_item')
    .select(['id', 'meeting_id', 'kind', 'text'])
    .where('meeting_id', 'in', meetingIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listActionPoints(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('action_point as a')
    .innerJoin('staff as s', 's.id', 'a.owner_staff_id')
    .leftJoin('action_point as cf', 'cf.id', 'a.carried_from_id')
    .leftJoin('team_meeting as cfm', 'cfm.id', 'cf.meeting_id')
    .select([
      'a.id',
      'a.meeting_id',
      'a.text',
      'a.due_date',
      'a.status',
      'a.carried_from_id',
      's.id as owner_id',
      's.given_name as owner_given_name',
      's.family_name as owner_family_name',
      'cfm.date as carried_from_date',
    ])
    .where('a.meeting_id', 'in', meetingIds)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/** The meeting an action point is on. */
export async function findMeetingOfActionPoint(db: Db, actionPointId: string): Promise<string> {
  const row = await db.selectFrom('action_point').select('meeting_id').where('id', '=', actionPointId).executeTakeFirstOrThrow();
  return row.meeting_id;
}

export type MeetingRow = Awaited<ReturnType<typeof listMeetings>>[number];
export type ActionPointRow = Awaited<ReturnType<typeof listActionPoints>>[number];

/**
 * The units whose team the person sits on, or leads as the unit's leader, with what the
 * policy needs to decide on each: for the start page's "my teams".
 */
export function listTeamUnitsOf(db: Db, staffId: string, ledUnitIds: string[]) {
  return db
    .selectFrom('unit as u')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['u.id', 'u.name', 'u.municipality_id', 'u.district_id', 'm.country_code'])
    .where((eb) =>
      eb.or([
        eb('u.id', 'in', eb.selectFrom('team_member').select('unit_id').where('staff_id', '=', staffId)),
        ...(ledUnitIds.length > 0 ? [eb('u.id', 'in', ledUnitIds)] : []),
      ]),
    )
    .orderBy('u.name')
    .execute();
}

/** The unit's first meeting on or after the day that has not been held. */
export function findUpcomingMeeting(db: Db, unitId: string, fromDate: string) {
  return db
    .selectFrom('team_meeting')
    .select(meetingColumns)
    .where('unit_id', '=', unitId)
    .where('status', '!=', 'held')
    .where('date', '>=', fromDate)
    .orderBy('date')
    .orderBy('start_time')
    .limit(1)
    .executeTakeFirst();
}

/** The ids of the unit's meetings that have open action points. */
export async function listMeetingsWithOpenActions(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('action_point as a')
    .innerJoin('team_meeting as tm', 'tm.id', 'a.meeting_id')
    .select('a.meeting_id')
    .distinct()
    .where('tm.unit_id', '=', unitId)
    .where('a.status', '=', 'open')
    .execute();
  return rows.map((r) => r.meeting_id);
}
