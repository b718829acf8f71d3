/**
 * The caller's own teams for the start page: the teams they sit on, and those of the units
 * they lead, each with its next meeting and the open action points. One access decision on
 * the caller themself (audited), then each team is kept only where the policy lets them
 * read it, so a member without team.read at that unit sees nothing of it.
 */
import { localDate } from '../time/dates.ts';
import { clock } from '../time/clock.ts';
import type { Db } from '../kernel/db/database.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import * as repo from './repo.ts';
import type { MyTeams } from './schema.ts';
import { toActionPoint } from './service.ts';

/** The caller's teams, by unit name; `now` decides which meeting is the next one. */
export function listMyTeams(db: Db, actor: Actor, now = clock.now()): Promise<MyTeams> {
  const today = localDate(now);
  return withAccess(
    db,
    actor,
    {
      permission: 'team.read',
      action: 'read',
      resourceType: 'own_teams',
      resourceId: actor.staffId,
      // About the caller themself: in scope wherever they hold a role that reads teams.
      locate: async () => ({
        municipalityId: actor.municipalityId,
        unitIds: actor.memberships.map((m) => m.unitId),
        districtIds: actor.memberships.flatMap((m) => (m.districtId ? [m.districtId] : [])),
      }),
    },
    async (trx) => {
      const led = actor.memberships.filter((m) => m.role === 'unit_leader').map((m) => m.unitId);
      const units = (await repo.listTeamUnitsOf(trx, actor.staffId, led)).filter(
        (unit) =>
          decide(actor, 'team.read', {
            municipalityId: unit.municipality_id,
            unitIds: [unit.id],
            districtIds: unit.district_id ? [unit.district_id] : [],
          }).allow,
      );
      const teams = await Promise.all(
        units.map(async (unit) => {
          const [next, meetingIds] = await Promise.all([
            repo.findUpcomingMeeting(trx, unit.id, today),
            repo.listMeetingsWithOpenActions(trx, unit.id),
          ]);
          const actions = (await repo.listActionPoints(trx, meetingIds)).filter((a) => a.status === 'open');
          return {
            unit: { id: unit.id, name: unit.name },
            nextMeeting: next ? { id: next.id, date: next.date, start: next.start_time, end: next.end_time, status: next.status } : null,
            openActionPoints: actions.map(toActionPoint).sort((a, b) => a.due.localeCompare(b.due)),
          };
        }),
      );
      return { teams };
    },
  );
}
