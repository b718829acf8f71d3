/**
 * Test factories for teams: a unit's team with a partner from PPT, a published meeting with an
 * action point, and a pool of published meetings for calls that each need a fresh version.
 */
import type { Db } from '../kernel/db/database.ts';
import { addDays } from '../time/dates.ts';
import { buildMembership, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';

/** What the access-matrix walk needs of a place's team. */
export interface TeamPlace {
  /** A partner from the municipality's PPT, on the unit's team (and the owner of `actionPointId`). */
  teamPartnerId: string;
  /** A published meeting of school year 2026/27 with the action point. */
  teamMeetingId: string;
  actionPointId: string;
  /** Published meetings at version 1; a call that edits one under optimistic locking takes (pops) its own. */
  teamMeetingPool: string[];
}

export async function buildTeamPlace(db: Db, municipalityId: string, unitId: string, poolSize = 24): Promise<TeamPlace> {
  const ppt = await buildUnit(db, { municipality_id: municipalityId, kind: 'ppt' });
  const partner = await buildStaff(db, { municipality_id: municipalityId });
  await buildMembership(db, { staff_id: partner.id, unit_id: ppt.id, role: 'partner' });
  await db.insertInto('team_member').values({ unit_id: unitId, staff_id: partner.id, role_in_team: 'ppt' }).execute();
  const meeting = await buildTeamMeeting(db, unitId, '2026-11-11');
  const action = await db
    .insertInto('action_point')
    .values({ meeting_id: meeting, text: 'Lage plan for foreldremøte', owner_staff_id: partner.id, due_date: '2026-12-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pool: string[] = [];
  for (let i = 0; i < poolSize; i += 1) pool.push(await buildTeamMeeting(db, unitId, addDays('2027-01-04', i)));
  return { teamPartnerId: partner.id, teamMeetingId: meeting, actionPointId: action.id, teamMeetingPool: pool };
}

export async function buildTeamMeeting(db: Db, unitId: string, date: string, status: 'proposed' | 'published' | 'held' = 'published') {
  const row = await db
    .insertInto('team_meeting')
    .values({ unit_id: unitId, school_year: '2026/27', date, start_time: '13:00', end_time: '14:00', status })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
