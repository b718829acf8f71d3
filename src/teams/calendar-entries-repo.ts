/**
 * What teams put in a person's calendar: the feed (calendar/feed.ts) shows the meetings of the
 * teams they sit on, and a reminder (calendar/reminders.ts) says when, where and with whom a
 * meeting is. Times, the unit's name and the members only — never the agenda. Read in the
 * caller's transaction; the calendar shows a person only their own, so these check nothing.
 */
import type { Db } from '../kernel/db/database.ts';
import type { IsoDate } from '../time/dates.ts';

export interface MeetingSlot {
  id: string;
  date: IsoDate;
  start: string;
  end: string;
  unitName: string;
}

export interface MeetingToRemind extends MeetingSlot {
  /** Whether it stands as planned: only a published one does (a held one is over, a proposed one not yet settled). */
  stands: boolean;
  /** The team's members. */
  staffIds: string[];
}

const meetingColumns = (db: Db) =>
  db
    .selectFrom('team_meeting as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.status', 'm.date', 'm.start_time', 'm.end_time', 'm.unit_id', 'u.name as unit_name']);

type MeetingColumns = Awaited<ReturnType<ReturnType<typeof meetingColumns>['executeTakeFirstOrThrow']>>;

const slotOf = (m: MeetingColumns): MeetingSlot => ({ id: m.id, date: m.date, start: m.start_time, end: m.end_time, unitName: m.unit_name });

/** The published or held meetings since `since` of every team the person sits on. */
export async function meetingsOfMember(db: Db, staffId: string, since: IsoDate): Promise<MeetingSlot[]> {
  const rows = await meetingColumns(db)
    .where('m.status', 'in', ['published', 'held'])
    .where('m.date', '>=', since)
    .where('m.unit_id', 'in', (eb) => eb.selectFrom('team_member').select('unit_id').where('staff_id', '=', staffId))
    .execute();
  return rows.map(slotOf);
}

/** One meeting as a reminder tells of it, or undefined when there is no such meeting. */
export async function meetingToRemind(db: Db, meetingId: string): Promise<MeetingToRemind | undefined> {
  const row = await meetingColumns(db).where('m.id', '=', meetingId).executeTakeFirst();
  if (!row) return undefined;
  const members = await db.selectFrom('team_member').select('staff_id').where('unit_id', '=', row.unit_id).execute();
  return { ...slotOf(row), stands: row.status === 'published', staffIds: members.map((m) => m.staff_id) };
}

/** Team meetings between two dates (inclusive) of the teams the person sits on. */
export function meetingsOfMemberBetween(db: Db, staffId: string, from: IsoDate, to: IsoDate) {
  return db
    .selectFrom('team_meeting as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.date', 'm.start_time', 'm.end_time', 'm.status', 'u.id as unit_id', 'u.name as unit_name'])
    .where((eb) => eb.exists(eb.selectFrom('team_member as tm').select('tm.staff_id').whereRef('tm.unit_id', '=', 'm.unit_id').where('tm.staff_id', '=', staffId)))
    .where('m.date', '>=', from)
    .where('m.date', '<=', to)
    .orderBy('m.date')
    .orderBy('m.start_time')
    .execute();
}
