import { expect, it } from 'vitest';
import { NotFoundError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildDistrict, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildTeamMeeting } from './factories.ts';
import { listMyTeams } from './my-teams.ts';

const ids = {} as Record<'school' | 'otherSchool' | 'principal' | 'partner' | 'teacher' | 'held' | 'next' | 'later', string>;
const NOW = new Date('2026-11-16T09:00:00Z');

describeEachEngine(
  "the start page's own teams",
  (use) => {
    it("gives a partner the teams they sit on, each with its next meeting not yet held and the open action points, soonest due first", async () => {
      const { db } = use();
      const { teams } = await listMyTeams(db, await actor(db, ids.partner), NOW);
      expect(teams.map((t) => t.unit.name)).toEqual(['Gullhaug skole']);
      expect(teams[0]!.nextMeeting).toMatchObject({ id: ids.next, date: '2026-11-18', start: '13:00' });
      expect(teams[0]!.openActionPoints.map((a) => [a.text, a.due])).toEqual([
        ['Invitere helsesykepleier', '2026-11-20'],
        ['Lage plan for foreldremøte', '2026-12-01'],
      ]);
    });

    it("gives a unit leader their own unit's team without sitting on it", async () => {
      const { db } = use();
      const { teams } = await listMyTeams(db, await actor(db, ids.principal), NOW);
      expect(teams.map((t) => t.unit.id)).toEqual([ids.school]);
    });

    it('answers a teacher, who reads no teams, as not found', async () => {
      const { db } = use();
      await expect(listMyTeams(db, await actor(db, ids.teacher), NOW)).rejects.toBeInstanceOf(NotFoundError);
    });
  },
  async ({ db }) => {
    const municipality = await buildMunicipality(db, { name: 'Holmestrand' });
    const district = await buildDistrict(db, { municipality_id: municipality.id });
    const school = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id, name: 'Gullhaug skole' });
    const otherSchool = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id, name: 'Åsen skole' });
    const ppt = await buildUnit(db, { municipality_id: municipality.id, kind: 'ppt' });
    const person = async (unitId: string, role: 'unit_leader' | 'staff' | 'partner') => {
      const p = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: p.id, unit_id: unitId, role });
      return p.id;
    };
    ids.school = school.id;
    ids.otherSchool = otherSchool.id;
    ids.principal = await person(school.id, 'unit_leader');
    ids.teacher = await person(school.id, 'staff');
    ids.partner = await person(ppt.id, 'partner');
    // The partner sits on one school's team only; the other school's team is not theirs.
    await db.insertInto('team_member').values({ unit_id: school.id, staff_id: ids.partner, role_in_team: 'ppt' }).execute();
    ids.held = await buildTeamMeeting(db, school.id, '2026-11-04', 'held');
    ids.next = await buildTeamMeeting(db, school.id, '2026-11-18');
    ids.later = await buildTeamMeeting(db, school.id, '2026-12-02');
    await buildTeamMeeting(db, otherSchool.id, '2026-11-17');
    await db
      .insertInto('action_point')
      .values([
        { meeting_id: ids.held, text: 'Lage plan for foreldremøte', owner_staff_id: ids.partner, due_date: '2026-12-01' },
        { meeting_id: ids.held, text: 'Invitere helsesykepleier', owner_staff_id: ids.principal, due_date: '2026-11-20' },
        { meeting_id: ids.held, text: 'Sende referat', owner_staff_id: ids.principal, due_date: '2026-11-05', status: 'done' },
      ])
      .execute();
  },
);
