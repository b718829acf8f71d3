/**
 * Writes of a team's annual plan: its meetings, their agenda items and action points. Only
 * reached through service.ts, behind the policy, which publishes what others must hear of a
 * change (events.ts) in the same transaction. Moving a meeting and writing its minutes name the
 * version the caller read: a stale one changes nothing and answers false.
 */
import type { Db } from '../kernel/db/database.ts';
import type { CarriedActionPoint, ProposedMeeting } from './domain/annual-plan.ts';
import type { ActionPointStatus, AgendaItemKind } from './tables.ts';

/** Deletes the meetings (a proposal being replaced); none is fine. */
export async function deleteMeetings(db: Db, meetingIds: string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  await db.deleteFrom('team_meeting').where('id', 'in', meetingIds).execute();
}

/** Inserts the proposed meetings of a school year (at least one). */
export async function insertMeetings(db: Db, unitId: string, schoolYear: string, meetings: ProposedMeeting[]): Promise<void> {
  await db
    .insertInto('team_meeting')
    .values(meetings.map((m) => ({ unit_id: unitId, school_year: schoolYear, date: m.date, start_time: m.start, end_time: m.end })))
    .execute();
}

/** Publishes the school year's proposed meetings; returns the ids of those it published. */
export async function publishProposedMeetings(db: Db, unitId: string, schoolYear: string): Promise<string[]> {
  const rows = await db
    .updateTable('team_meeting')
    .set((eb) => ({ status: 'published', version: eb('version', '+', 1) }))
    .where('unit_id', '=', unitId)
    .where('school_year', '=', schoolYear)
    .where('status', '=', 'proposed')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Moves a meeting to another date and time, if it still has the version read. */
export async function moveMeeting(
  db: Db,
  meetingId: string,
  version: number,
  to: { date: string; start: string; end: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('team_meeting')
    .set((eb) => ({ date: to.date, start_time: to.start, end_time: to.end, version: eb('version', '+', 1) }))
    .where('id', '=', meetingId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Writes a meeting's minutes, and marks it held when `held`, if it still has the version read. */
export async function writeMinutes(db: Db, meetingId: string, version: number, minutes: string | null, held: boolean): Promise<boolean> {
  const updated = await db
    .updateTable('team_meeting')
    .set((eb) => ({ minutes, version: eb('version', '+', 1), ...(held ? { status: 'held' as const } : {}) }))
    .where('id', '=', meetingId)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Inserts an agenda item unless one with its idempotency key exists; returns it, or undefined. */
export function insertAgendaItem(db: Db, item: { meetingId: string; kind: AgendaItemKind; text: string; idempotencyKey: string | null }) {
  return db
    .insertInto('agenda_item')
    .values({ meeting_id: item.meetingId, kind: item.kind, text: item.text, idempotency_key: item.idempotencyKey })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['id', 'meeting_id', 'kind', 'text'])
    .executeTakeFirst();
}

/** Inserts an action point unless one with its idempotency key exists; returns its id and meeting, or undefined. */
export function insertActionPoint(
  db: Db,
  point: { meetingId: string; text: string; ownerStaffId: string; due: string; idempotencyKey: string | null },
) {
  return db
    .insertInto('action_point')
    .values({ meeting_id: point.meetingId, text: point.text, owner_staff_id: point.ownerStaffId, due_date: point.due, idempotency_key: point.idempotencyKey })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['id', 'meeting_id'])
    .executeTakeFirst();
}

/** Inserts open action points carried to the next meeting (at least one), each naming the one it was carried from. */
export async function insertCarriedActionPoints(db: Db, carried: CarriedActionPoint[]): Promise<void> {
  await db
    .insertInto('action_point')
    .values(
      carried.map((a) => ({
        meeting_id: a.meetingId,
        text: a.text,
        owner_staff_id: a.owner,
        due_date: a.due,
        status: 'open' as const,
        carried_from_id: a.carriedFromId,
      })),
    )
    .execute();
}

export async function setActionPointStatus(db: Db, actionPointId: string, status: ActionPointStatus): Promise<void> {
  await db.updateTable('action_point').set({ status }).where('id', '=', actionPointId).execute();
}
