import { expect, it } from 'vitest';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildDistrict, buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { proposeMeetingDates } from './domain/annual-plan.ts';
import { closureOn, type SchoolCalendar } from '../time/school-calendar.ts';
import {
  addActionPoint,
  addAgendaItem,
  adjustMeeting,
  listCandidates,
  proposePlan,
  publishPlan,
  putMembers,
  readMeeting,
  readTeam,
  setActionPointStatus,
  writeMinutes,
} from './service.ts';

const ids = {} as Record<'school' | 'principal' | 'familyCentre' | 'childWelfare' | 'ppt' | 'teacher' | 'partner', string>;
const YEAR = '2026/27';
const HOLIDAYS = [
  { from: '2026-09-28', to: '2026-10-02', label: 'Høstferie' },
  { from: '2026-12-21', to: '2027-01-01', label: 'Juleferie' },
  { from: '2027-02-22', to: '2027-02-26', label: 'Vinterferie' },
  { from: '2027-03-22', to: '2027-03-29', label: 'Påskeferie' },
];
const calendar: SchoolCalendar = { country: 'NO', holidays: HOLIDAYS };

async function refusal(promise: Promise<unknown>): Promise<RuleViolation> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RuleViolation)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describeEachEngine(
  'the unit team and its annual plan',
  (use) => {
    it('sets the team from the unit leader and the partner services, and refuses someone from elsewhere', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const members = await putMembers(db, principal, ids.school, {
        members: [
          { staffId: ids.principal, roleInTeam: 'leader' },
          { staffId: ids.familyCentre, roleInTeam: 'family_centre' },
          { staffId: ids.childWelfare, roleInTeam: 'child_welfare' },
          { staffId: ids.ppt, roleInTeam: 'ppt' },
        ],
      });
      expect(members.map((m) => m.roleInTeam).sort()).toEqual(['child_welfare', 'family_centre', 'leader', 'ppt']);
      const refused = await refusal(putMembers(db, principal, ids.school, { members: [{ staffId: ids.teacher, roleInTeam: 'ppt' }] }));
      expect(refused.details).toEqual({ issues: [{ path: 'body/members/0', code: 'not_ppt' }] });
      expect((await readTeam(db, principal, ids.school, YEAR)).members).toHaveLength(4);
    });

    it('proposes six dates for the school year on the preferred weekday, none in a holiday', async () => {
      const { db } = use();
      const { meetings } = await proposePlan(db, await actor(db, ids.principal), ids.school, {
        schoolYear: YEAR,
        count: 6,
        weekday: 3,
        start: '13:00',
        end: '14:30',
      });
      expect(meetings).toHaveLength(6);
      expect(meetings.map((m) => m.date)).toEqual(
        proposeMeetingDates(calendar, YEAR, { weekday: 3, start: '13:00', end: '14:30' }, 6).map((m) => m.date),
      );
      for (const meeting of meetings) {
        expect(closureOn(calendar, meeting.date), meeting.date).toBeNull();
        expect(HOLIDAYS.some((h) => h.from <= meeting.date && meeting.date <= h.to), meeting.date).toBe(false);
        expect(new Date(`${meeting.date}T00:00:00Z`).getUTCDay()).toBe(3);
        expect(meeting).toMatchObject({ status: 'proposed', start: '13:00', end: '14:30', version: 1, schoolYear: YEAR });
      }
      expect([...meetings.map((m) => m.date)].sort()).toEqual(meetings.map((m) => m.date));
    });

    it('moves a meeting with the version read, and refuses a stale version with conflict, changing nothing', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const [first] = (await readTeam(db, principal, ids.school, YEAR)).meetings;
      const moved = await adjustMeeting(db, principal, ids.school, first!.id, { version: 1, date: '2026-09-02', start: '12:00', end: '13:00' });
      expect(moved).toMatchObject({ date: '2026-09-02', start: '12:00', version: 2 });

      const stale = await refusal(adjustMeeting(db, principal, ids.school, first!.id, { version: 1, date: '2026-09-09', start: '08:00', end: '09:00' }));
      expect(stale.status).toBe(409);
      expect(stale.code).toBe('conflict');
      const after = (await readTeam(db, principal, ids.school, YEAR)).meetings.find((m) => m.id === first!.id);
      expect(after).toMatchObject({ date: '2026-09-02', start: '12:00', end: '13:00', version: 2 });

      const closed = await refusal(adjustMeeting(db, principal, ids.school, first!.id, { version: 2, date: '2026-09-30', start: '12:00', end: '13:00' }));
      expect(closed.code).toBe('closed_day');
      expect(closed.details).toEqual({ closure: { kind: 'school_holiday', label: 'Høstferie' } });
    });

    it('refuses an anonymous case holding a phone number, with the finding’s kind and span, and saves a theme', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const [first] = (await readTeam(db, principal, ids.school, YEAR)).meetings;
      const text = 'Gutt i 5. trinn, mor kan nås på 912 34 567';
      const refused = await refusal(addAgendaItem(db, principal, ids.school, first!.id, { kind: 'anonymous_case', text }));
      expect(refused.status).toBe(400);
      expect(refused.code).toBe('identifying_text');
      const findings = refused.details.findings as { kind: string; start: number; end: number }[];
      expect(findings.map((f) => f.kind)).toEqual(['phone']);
      expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('912 34 567');

      await addAgendaItem(db, principal, ids.school, first!.id, { kind: 'anonymous_case', text: 'Gutt i 5. trinn med mye fravær etter jul' });
      await addAgendaItem(db, principal, ids.school, first!.id, { kind: 'theme', text: 'Rutiner for bekymringsfravær' });
      const meeting = (await readTeam(db, principal, ids.school, YEAR)).meetings.find((m) => m.id === first!.id);
      expect(meeting!.agendaItems.map((a) => a.kind)).toEqual(['anonymous_case', 'theme']);
      expect(JSON.stringify(meeting)).not.toContain('912');
    });

    it('carries the open action points to the next meeting when one is held; done ones stay behind', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const published = (await publishPlan(db, principal, ids.school, YEAR)).meetings;
      expect(published.every((m) => m.status === 'published')).toBe(true);
      const [first, second] = published;
      const open = await addActionPoint(db, principal, ids.school, first!.id, { text: 'Invitere helsesykepleier', ownerStaffId: ids.familyCentre, due: '2026-10-15' });
      const done = await addActionPoint(db, principal, ids.school, first!.id, { text: 'Sende ut årshjul', ownerStaffId: ids.principal, due: '2026-09-10' });
      await setActionPointStatus(db, principal, ids.school, done.id, 'done');
      const notInTeam = await refusal(addActionPoint(db, principal, ids.school, first!.id, { text: 'x', ownerStaffId: ids.teacher, due: '2026-10-01' }));
      expect(notInTeam.code).toBe('validation_failed');

      const result = await writeMinutes(db, principal, ids.school, first!.id, { version: first!.version, minutes: 'Gjennomgått rutiner.', held: true });
      expect(result.meeting).toMatchObject({ status: 'held', minutes: 'Gjennomgått rutiner.' });
      expect(result.carriedOver).toEqual({ toMeetingId: second!.id, count: 1 });

      const meetings = (await readTeam(db, principal, ids.school, YEAR)).meetings;
      const next = meetings.find((m) => m.id === second!.id)!;
      expect(next.actionPoints).toEqual([
        expect.objectContaining({ text: 'Invitere helsesykepleier', due: '2026-10-15', status: 'open', carriedFromId: open.id, owner: expect.objectContaining({ id: ids.familyCentre }) }),
      ]);
      const held = meetings.find((m) => m.id === first!.id)!;
      expect(held.actionPoints.map((a) => [a.text, a.status])).toEqual(
        expect.arrayContaining([
          ['Invitere helsesykepleier', 'open'],
          ['Sende ut årshjul', 'done'],
        ]),
      );

      // Saving the minutes again (a held meeting) carries nothing a second time.
      const again = await writeMinutes(db, principal, ids.school, first!.id, { version: result.meeting.version, minutes: 'Rettet.', held: true });
      expect(again.carriedOver).toBeNull();
      const stale = await refusal(writeMinutes(db, principal, ids.school, first!.id, { version: result.meeting.version, minutes: 'Gammel', held: false }));
      expect(stale.code).toBe('conflict');
      expect((await readTeam(db, principal, ids.school, YEAR)).meetings.find((m) => m.id === second!.id)!.actionPoints).toHaveLength(1);
    });

    it('reads one meeting with its neighbours, and names the date a carried-over action point came from', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const [first, second, third] = (await readTeam(db, principal, ids.school, YEAR)).meetings;
      const detail = await readMeeting(db, principal, ids.school, second!.id);
      expect(detail).toMatchObject({ previous: { id: first!.id, date: first!.date }, next: { id: third!.id, date: third!.date }, canManage: true });
      expect(detail.members).toHaveLength(4);
      expect(detail.meeting.actionPoints).toEqual([expect.objectContaining({ carriedFromDate: first!.date })]);
      const partnerView = await readMeeting(db, await actor(db, ids.partner), ids.school, second!.id);
      expect(partnerView.canManage).toBe(false);
      await expect(readMeeting(db, await actor(db, ids.teacher), ids.school, second!.id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("lists the candidates for the team by role: the unit's leader and the services' staff, never a teacher", async () => {
      const { db } = use();
      const candidates = await listCandidates(db, await actor(db, ids.principal), ids.school);
      expect(candidates.map((c) => `${c.roleInTeam}:${c.staff.id}`).sort()).toEqual(
        [`leader:${ids.principal}`, `family_centre:${ids.familyCentre}`, `child_welfare:${ids.childWelfare}`, `ppt:${ids.ppt}`].sort(),
      );
      await expect(listCandidates(db, await actor(db, ids.partner), ids.school)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('adds one agenda item and one action point for a retried request with the same key, and refuses the key on another meeting', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const [, , third, fourth] = (await readTeam(db, principal, ids.school, YEAR)).meetings;
      const item = { kind: 'theme' as const, text: 'Overganger', idempotencyKey: 'agenda-key-1' };
      const [first, again] = await Promise.all([
        addAgendaItem(db, principal, ids.school, third!.id, item),
        addAgendaItem(db, principal, ids.school, third!.id, item),
      ]);
      expect(again.id).toBe(first.id);
      const point = { text: 'Ringe PPT', ownerStaffId: ids.ppt, due: '2027-02-01', idempotencyKey: 'action-key-1' };
      const added = await addActionPoint(db, principal, ids.school, third!.id, point);
      expect((await addActionPoint(db, principal, ids.school, third!.id, point)).id).toBe(added.id);
      const meeting = (await readTeam(db, principal, ids.school, YEAR)).meetings.find((m) => m.id === third!.id)!;
      expect(meeting.agendaItems.filter((a) => a.text === 'Overganger')).toHaveLength(1);
      expect(meeting.actionPoints.filter((a) => a.text === 'Ringe PPT')).toHaveLength(1);
      expect((await refusal(addAgendaItem(db, principal, ids.school, fourth!.id, item))).code).toBe('idempotency_key_reused');
      expect((await refusal(addActionPoint(db, principal, ids.school, fourth!.id, point))).code).toBe('idempotency_key_reused');
    });

    it('proposes dates only between the first and last date given, and refuses a window outside the year or backwards', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const plan = { schoolYear: '2027/28', count: 4, weekday: 2, start: '13:00', end: '14:00' };
      const { meetings } = await proposePlan(db, principal, ids.school, { ...plan, from: '2027-11-01', to: '2028-03-31' });
      expect(meetings).toHaveLength(4);
      expect(meetings.every((m) => m.date >= '2027-11-01' && m.date <= '2028-03-31')).toBe(true);
      const outside = await refusal(Promise.resolve().then(() => proposePlan(db, principal, ids.school, { ...plan, from: '2027-07-01' })));
      expect(outside.details).toEqual({ issues: [{ path: 'body/from', code: 'outside_school_year' }] });
      const backwards = await refusal(
        Promise.resolve().then(() => proposePlan(db, principal, ids.school, { ...plan, from: '2028-01-10', to: '2027-12-01' })),
      );
      expect(backwards.details).toEqual({ issues: [{ path: 'body/to', code: 'to_before_from' }] });
    });

    it('says how many meetings fit a short window, and refuses a window with no meeting day', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const plan = { schoolYear: '2027/28', count: 6, weekday: 2, start: '13:00', end: '14:00' };
      // Monday 1 to Wednesday 3 November 2027 holds one Tuesday.
      const short = await proposePlan(db, principal, ids.school, { ...plan, from: '2027-11-01', to: '2027-11-03' });
      expect({ requested: short.requested, proposed: short.proposed }).toEqual({ requested: 6, proposed: 1 });
      expect(short.meetings.map((m) => m.date)).toEqual(['2027-11-02']);
      // Wednesday to Friday holds none: refused, and the one-meeting proposal stays.
      const none = await refusal(Promise.resolve().then(() => proposePlan(db, principal, ids.school, { ...plan, from: '2027-11-03', to: '2027-11-05' })));
      expect({ status: none.status, code: none.code }).toEqual({ status: 400, code: 'no_meeting_day' });
      expect((await readTeam(db, principal, ids.school, '2027/28')).meetings.map((m) => m.date)).toEqual(['2027-11-02']);
    });

    it('refuses a new proposal once the plan is published', async () => {
      const { db } = use();
      const refused = await refusal(proposePlan(db, await actor(db, ids.principal), ids.school, { schoolYear: YEAR, count: 6, weekday: 2, start: '13:00', end: '14:00' }));
      expect(refused.code).toBe('plan_published');
    });

    it('lets a partner read the team but not run it, and keeps a teacher out', async () => {
      const { db } = use();
      const partner = await actor(db, ids.partner);
      const team = await readTeam(db, partner, ids.school, YEAR);
      expect(team.meetings).toHaveLength(6);
      expect(team.canManage).toBe(false);
      await expect(publishPlan(db, partner, ids.school, YEAR)).rejects.toBeInstanceOf(NotFoundError);
      await expect(readTeam(db, await actor(db, ids.teacher), ids.school, YEAR)).rejects.toBeInstanceOf(NotFoundError);
    });

    // Last: it leaves the team at two members.
    it('takes five identical saves of the team at once (a double click) as one team', async () => {
      const { db } = use();
      const principal = await actor(db, ids.principal);
      const request = {
        members: [
          { staffId: ids.principal, roleInTeam: 'leader' as const },
          { staffId: ids.ppt, roleInTeam: 'ppt' as const },
        ],
      };
      const answers = await Promise.all(Array.from({ length: 5 }, () => putMembers(db, principal, ids.school, request)));
      for (const members of answers) expect(members.map((m) => m.roleInTeam).sort()).toEqual(['leader', 'ppt']);
      expect((await readTeam(db, principal, ids.school, YEAR)).members).toHaveLength(2);
    });
  },
  async ({ db }) => {
    const municipality = await buildMunicipality(db, { name: 'Holmestrand' });
    const district = await buildDistrict(db, { municipality_id: municipality.id });
    const school = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id, name: 'Gullhaug skole' });
    await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    const service = async (kind: 'family_centre' | 'child_welfare' | 'ppt', role: 'partner' | 'network_contact') => {
      const unit = await buildUnit(db, { municipality_id: municipality.id, kind });
      const person = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: person.id, unit_id: unit.id, role });
      return person.id;
    };
    const person = async (role: 'unit_leader' | 'staff') => {
      const p = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: p.id, unit_id: school.id, role });
      return p.id;
    };
    ids.school = school.id;
    ids.principal = await person('unit_leader');
    ids.teacher = await person('staff');
    ids.familyCentre = await service('family_centre', 'partner');
    ids.childWelfare = await service('child_welfare', 'network_contact');
    ids.ppt = await service('ppt', 'partner');
    ids.partner = ids.ppt;
    await db
      .insertInto('school_holiday')
      .values(HOLIDAYS.map((h) => ({ municipality_id: municipality.id, from_date: h.from, to_date: h.to, label: h.label })))
      .execute();
  },
);
