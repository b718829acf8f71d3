import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { accessReport, accessReportCsv, listEmergencyReviews, reviewEmergency } from '../oversight/index.ts';
import {
  buildEnrolledChild,
  buildMembership,
  buildMunicipality,
  buildStaff,
  buildUnit,
} from '../kernel/testing/register-factories.ts';
import { lookupChild, openEmergencyAccess, readChild, readRegister } from './service.ts';
import { TEST_NOW } from '../kernel/testing/test-clock.ts';

const ids = {} as Record<'child' | 'nationalId' | 'school' | 'teacher' | 'onCall' | 'farOnCall' | 'leader', string>;

function eventsAbout(db: Db, resourceId: string) {
  return db
    .withTables<AuditTables>()
    .selectFrom('audit_event')
    .select(['action', 'outcome', 'actor_role', 'emergency', 'purpose'])
    .where('resource_id', '=', resourceId)
    .orderBy('id')
    .execute();
}

describeEachEngine(
  'child records and emergency access',
  (use) => {
    it('lets a teacher read a child in their own school, and audits the read', async () => {
      const { db } = use();
      const record = await readChild(db, await actor(db, ids.teacher), ids.child);
      expect(record).toMatchObject({ id: ids.child, nationalIdSynthetic: true, emergency: false });
      expect((await eventsAbout(db, ids.child)).at(-1)).toMatchObject({ action: 'read', outcome: 'allowed', actor_role: 'staff' });
    });

    it('lists the register of the teacher’s own unit', async () => {
      const { db } = use();
      const register = await readRegister(db, await actor(db, ids.teacher), ids.school);
      expect(register.children.map((c) => c.id)).toContain(ids.child);
    });

    it('answers not found to the on-call worker before the glass is broken, and audits the refusal', async () => {
      const { db } = use();
      await expect(readChild(db, await actor(db, ids.onCall), ids.child)).rejects.toBeInstanceOf(NotFoundError);
      expect((await eventsAbout(db, ids.child)).at(-1)).toMatchObject({ outcome: 'denied', actor_role: 'on_call_worker' });
    });

    it('finds the child by identity number for the on-call worker, marked as outside their scope', async () => {
      const { db } = use();
      expect(await lookupChild(db, await actor(db, ids.onCall), ids.nationalId)).toEqual({ id: ids.child, inScope: false });
      await expect(lookupChild(db, await actor(db, ids.farOnCall), ids.nationalId)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('audits every lookup by identity number: one out of reach and one of a number nobody has, without the number', async () => {
      const { db } = use();
      const probes = () =>
        db.withTables<AuditTables>().selectFrom('audit_event').select(['resource_id', 'child_id', 'outcome', 'actor_staff_id', 'purpose']).where('purpose', '=', 'lookup by identity number').where('actor_staff_id', '=', ids.farOnCall).orderBy('id').execute();
      const before = (await probes()).length;
      const farOnCall = await actor(db, ids.farOnCall);
      await expect(lookupChild(db, farOnCall, ids.nationalId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(lookupChild(db, farOnCall, '01019912345')).rejects.toBeInstanceOf(NotFoundError);
      const after = await probes();
      expect(after.slice(before)).toEqual([
        { resource_id: ids.child, child_id: ids.child, outcome: 'denied', actor_staff_id: ids.farOnCall, purpose: 'lookup by identity number' },
        { resource_id: null, child_id: null, outcome: 'denied', actor_staff_id: ids.farOnCall, purpose: 'lookup by identity number' },
      ]);
      const everything = JSON.stringify(await db.withTables<AuditTables>().selectFrom('audit_event').selectAll().execute());
      expect(everything).not.toContain('01019912345');
    });

    it('opens the record in an emergency: time-limited, flagged, due for review the next working day', async () => {
      const { db } = use();
      const onCall = await actor(db, ids.onCall);
      const grant = await openEmergencyAccess(db, onCall, ids.child, 'Politiet melder at barnet er alene hjemme');
      expect(new Date(grant.expiresAt).getTime() - TEST_NOW.getTime()).toBeLessThanOrEqual(4 * 3_600_000);

      const opened = await readChild(db, onCall, ids.child);
      expect(opened.emergency).toBe(true);
      expect((await eventsAbout(db, ids.child)).at(-1)).toMatchObject({
        action: 'read',
        outcome: 'allowed',
        emergency: true,
        purpose: 'Politiet melder at barnet er alene hjemme',
      });
    });

    it('puts a Friday night emergency access on Monday’s review list', async () => {
      const { db } = use();
      const friday = new Date('2026-11-27T21:30:00Z');
      const grant = await openEmergencyAccess(db, await actor(db, ids.onCall), ids.child, 'Akutt: vold i hjemmet meldt', friday);
      expect(grant.reviewDueOn).toBe('2026-11-30');
    });

    it('refuses emergency access to roles without it, and outside the cooperation', async () => {
      const { db } = use();
      const reason = 'Trenger å se journalen nå';
      await expect(openEmergencyAccess(db, await actor(db, ids.teacher), ids.child, reason)).rejects.toBeInstanceOf(NotFoundError);
      await expect(openEmergencyAccess(db, await actor(db, ids.farOnCall), ids.child, reason)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('puts every emergency access on the leader’s review list until it is reviewed', async () => {
      const { db } = use();
      const leader = await actor(db, ids.leader);
      const { items } = await listEmergencyReviews(db, leader);
      expect(items.length).toBeGreaterThan(0);
      const first = items[0]!;
      expect(first).toMatchObject({ childId: ids.child, reviewedAt: null, role: 'on_call_worker' });
      await reviewEmergency(db, leader, first.id, 'Riktig bruk: akutt sak');
      const after = await listEmergencyReviews(db, leader);
      expect(after.items.find((i) => i.id === first.id)).toMatchObject({ reviewNote: 'Riktig bruk: akutt sak' });
    });

    it('shows the leader who accessed the child, and exports it as CSV', async () => {
      const { db } = use();
      const leader = await actor(db, ids.leader);
      const report = await accessReport(db, leader, ids.child);
      expect(report.events.some((e) => e.role === 'on_call_worker' && e.emergency && e.action === 'read')).toBe(true);
      expect(report.events.some((e) => e.record === 'child' && e.role === 'staff' && e.outcome === 'allowed')).toBe(true);
      // The teacher's look at the class register named the child too.
      expect(report.events.some((e) => e.record === 'register' && e.role === 'staff')).toBe(true);
      expect(report.child.familyName).toMatch(/^Testesen/);
      const { csv, date } = await accessReportCsv(db, leader, ids.child, 'nb', { now: new Date('2026-03-01T23:30:00Z') });
      // The report's day where the leader is: past midnight in Oslo.
      expect(date).toBe('2026-03-02');
      expect(csv.startsWith('\uFEFFTidspunkt;Person;Rolle;Enhet;Handling;Gjelder')).toBe(true);
      expect(csv).toContain(';Ansatt;');
      expect(csv).toContain(';Så en liste der barnet står;En liste der barnet står;');
      expect(csv).toContain('Politiet melder at barnet er alene hjemme');
      // Newest first, as on the screen: the first line is the leader's own look at the report.
      const lines = csv.trimEnd().split('\r\n').slice(1);
      const times = lines.map((line) => line.split(';')[0] ?? '');
      expect(times).toEqual([...times].sort().reverse());
      expect(lines[0]).toContain(';Leder;');
      expect(lines[0]).toContain(';Innsyn: hvem har sett opplysningene;');
      await expect(accessReport(db, await actor(db, ids.teacher), ids.child)).rejects.toBeInstanceOf(NotFoundError);
    });
  },
  async ({ db }) => {
    const home = await buildMunicipality(db, { name: 'Heimvik' });
    const host = await buildMunicipality(db, { name: 'Vertsvik' });
    const far = await buildMunicipality(db, { name: 'Fjernvik' });
    const school = await buildUnit(db, { municipality_id: home.id });
    const childWelfare = await buildUnit(db, { municipality_id: home.id, kind: 'child_welfare' });
    const cooperation = await db
      .insertInto('cooperation')
      .values({ name: 'Vakta', kind: 'on_call', host_municipality_id: host.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    await db
      .insertInto('cooperation_member')
      .values([
        { cooperation_id: cooperation.id, municipality_id: host.id },
        { cooperation_id: cooperation.id, municipality_id: home.id },
      ])
      .execute();
    const onCallUnit = await buildUnit(db, { municipality_id: host.id, kind: 'on_call_service', cooperation_id: cooperation.id });
    const farOnCallUnit = await buildUnit(db, { municipality_id: far.id, kind: 'child_welfare' });
    const child = await buildEnrolledChild(db, { municipality_id: home.id, unit_id: school.id });
    const teacher = await buildStaff(db, { municipality_id: home.id });
    const onCall = await buildStaff(db, { municipality_id: host.id });
    const farOnCall = await buildStaff(db, { municipality_id: far.id });
    const leader = await buildStaff(db, { municipality_id: home.id });
    await buildMembership(db, { staff_id: teacher.id, unit_id: school.id, role: 'staff' });
    await buildMembership(db, { staff_id: onCall.id, unit_id: onCallUnit.id, role: 'on_call_worker' });
    await buildMembership(db, { staff_id: farOnCall.id, unit_id: farOnCallUnit.id, role: 'on_call_worker' });
    await buildMembership(db, { staff_id: leader.id, unit_id: childWelfare.id, role: 'leader' });
    Object.assign(ids, {
      child: child.id,
      nationalId: child.national_id,
      school: school.id,
      teacher: teacher.id,
      onCall: onCall.id,
      farOnCall: farOnCall.id,
      leader: leader.id,
    });
  },
);
