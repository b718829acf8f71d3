/**
 * What a leader oversees, on its own: the municipality's emergency accesses to review (the
 * unreviewed first, the last month's reviewed after, no one else's), a review that stands once
 * made, and the access report that finds every audited event concerning the child and no other.
 * Emergency accesses and audit events are written as the kernel writes them, so these tests
 * need no other capability.
 */
import { expect, it } from 'vitest';
import { loadActor } from '../kernel/auth/actor-repo.ts';
import { recordAudit } from '../kernel/audit/record.ts';
import type { AuditInput } from '../kernel/audit/input.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { NotFoundError } from '../kernel/errors.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_NOW } from '../kernel/testing/test-clock.ts';
import { commonMessages } from '../kernel/ui/messages.ts';
import { accessReport, accessReportCsv, listEmergencyReviews, reviewEmergency } from './service.ts';
import { oversightMessages } from './web/messages.ts';

const DAY = 24 * 3_600_000;

async function actor(db: Db, staffId: string): Promise<Actor> {
  const loaded = await loadActor(db, staffId, null);
  if (!loaded) throw new Error('no such staff');
  return loaded;
}

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const school = await buildUnit(db, { municipality_id: municipality.id });
  const person = async (role: Role, municipalityId = municipality.id, unitId = school.id) => {
    const staff = await buildStaff(db, { municipality_id: municipalityId });
    await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
    return actor(db, staff.id);
  };
  const elsewhere = await buildMunicipality(db);
  const otherSchool = await buildUnit(db, { municipality_id: elsewhere.id });
  return {
    municipality,
    school,
    child: await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id }),
    otherChild: await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id }),
    leader: await person('leader'),
    teacher: await person('staff'),
    onCall: await person('on_call_worker'),
    otherLeader: await person('leader', elsewhere.id, otherSchool.id),
  };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

/** An emergency access by the on-call worker to the child, granted `daysAgo` and reviewed `reviewedDaysAgo` (or not). */
async function buildEmergencyAccess(db: Db, w: World, { daysAgo, reviewedDaysAgo }: { daysAgo: number; reviewedDaysAgo?: number }) {
  const grantedAt = new Date(TEST_NOW.getTime() - daysAgo * DAY);
  return db
    .insertInto('emergency_access')
    .values({
      staff_id: w.onCall.staffId,
      role: 'on_call_worker',
      unit_id: w.school.id,
      resource_type: 'child',
      resource_id: w.child.id,
      municipality_id: w.municipality.id,
      reason: `Akutt melding ${daysAgo}`,
      granted_at: grantedAt,
      expires_at: new Date(grantedAt.getTime() + 4 * 3_600_000),
      review_due_on: '2026-11-24',
      reviewed_at: reviewedDaysAgo === undefined ? null : new Date(TEST_NOW.getTime() - reviewedDaysAgo * DAY),
      reviewed_by: reviewedDaysAgo === undefined ? null : w.leader.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function audit(db: Db, input: AuditInput) {
  await db.transaction().execute((trx) => recordAudit(trx, input));
}

const asActor = (a: Actor, role: Role) => ({ staffId: a.staffId, role, unitId: a.memberships[0]!.unitId });

describeEachEngine('oversight', (use) => {
  it("lists the municipality's unreviewed emergency accesses first, then the last month's reviewed ones, and no others", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const open = await buildEmergencyAccess(db, w, { daysAgo: 1 });
    const recent = await buildEmergencyAccess(db, w, { daysAgo: 10, reviewedDaysAgo: 9 });
    await buildEmergencyAccess(db, w, { daysAgo: 60, reviewedDaysAgo: 59 });

    const { items } = await listEmergencyReviews(db, w.leader);
    expect(items.map((i) => i.id)).toEqual([open.id, recent.id]);
    expect(items[0]).toMatchObject({
      staff: { id: w.onCall.staffId },
      role: 'on_call_worker',
      unitName: w.school.name,
      childId: w.child.id,
      reason: 'Akutt melding 1',
      reviewedAt: null,
      reviewNote: null,
    });
    expect((await listEmergencyReviews(db, w.otherLeader)).items).toEqual([]);
    await expect(listEmergencyReviews(db, w.teacher)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the first review, and answers another municipality\'s leader as if there were no such access', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const access = await buildEmergencyAccess(db, w, { daysAgo: 1 });

    await expect(reviewEmergency(db, w.otherLeader, access.id, 'Ikke min')).rejects.toBeInstanceOf(NotFoundError);
    await reviewEmergency(db, w.leader, access.id, 'Riktig bruk');
    await reviewEmergency(db, w.leader, access.id, 'Skrevet over?');

    const item = (await listEmergencyReviews(db, w.leader)).items.find((i) => i.id === access.id);
    expect(item).toMatchObject({ reviewNote: 'Riktig bruk', reviewedAt: TEST_NOW.toISOString() });
    const reviews = await db.selectFrom('audit_event').select(['actor_staff_id', 'outcome']).where('resource_type', '=', 'emergency_access').where('resource_id', '=', access.id).execute();
    expect(reviews).toEqual([
      { actor_staff_id: w.otherLeader.staffId, outcome: 'denied' },
      { actor_staff_id: w.leader.staffId, outcome: 'allowed' },
      { actor_staff_id: w.leader.staffId, outcome: 'allowed' },
    ]);
  });

  it("reports every event that names the child, reads of its record and of its unit's register, and nothing about another child", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const teacher = asActor(w.teacher, 'staff');
    await audit(db, { actor: teacher, action: 'read', resourceType: 'consultation', resourceId: w.school.id, childId: w.child.id, outcome: 'allowed' });
    await audit(db, { actor: teacher, action: 'read', resourceType: 'child', resourceId: w.child.id, outcome: 'denied' });
    await audit(db, { actor: teacher, action: 'read', resourceType: 'register', resourceId: w.school.id, outcome: 'allowed' });
    await audit(db, { actor: teacher, action: 'read', resourceType: 'child', resourceId: w.otherChild.id, childId: w.otherChild.id, outcome: 'allowed' });

    const report = await accessReport(db, w.leader, w.child.id);
    expect(report.child).toEqual({ givenName: w.child.given_name, familyName: w.child.family_name });
    expect(report.events.map((e) => [e.record, e.action, e.outcome])).toEqual([
      ['consultation', 'read', 'allowed'],
      ['child', 'read', 'denied'],
      ['register', 'read', 'allowed'],
    ]);
    expect(report.events[0]).toMatchObject({ staffId: w.teacher.staffId, role: 'staff', unitName: w.school.name, emergency: false });

    // The report was itself read, and so is in the next one.
    const again = await accessReport(db, w.leader, w.child.id);
    expect(again.events.at(-1)).toMatchObject({ record: 'child', staffId: w.leader.staffId, role: 'leader', purpose: 'access report' });
    await expect(accessReport(db, w.teacher, w.child.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(accessReport(db, w.otherLeader, w.child.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('exports the report as CSV, newest first, in the words of the chosen language, and audits the export', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await audit(db, { actor: asActor(w.teacher, 'staff'), action: 'read', resourceType: 'child', resourceId: w.child.id, childId: w.child.id, outcome: 'allowed' });
    await accessReport(db, w.leader, w.child.id);

    const { csv, date } = await accessReportCsv(db, w.leader, w.child.id, 'en', { now: TEST_NOW });
    expect(date).toBe('2026-11-23');
    const words = oversightMessages.en.report;
    const [header, ...lines] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const { column } = words;
    expect(header).toBe([column.time, column.person, column.role, column.unit, column.action, column.record, column.purpose, column.outcome, column.emergency].join(','));
    const teacher = await db.selectFrom('staff').select(['given_name', 'family_name']).where('id', '=', w.teacher.staffId).executeTakeFirstOrThrow();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`,${commonMessages.en.role.leader},`);
    expect(lines[1]).toContain(`,${teacher.given_name} ${teacher.family_name},${commonMessages.en.role.staff},${w.school.name},${words.action.read},`);
    const exported = await db.selectFrom('audit_event').select(['actor_staff_id', 'purpose']).where('resource_id', '=', w.child.id).where('action', '=', 'export').execute();
    expect(exported).toEqual([{ actor_staff_id: w.leader.staffId, purpose: 'access report export' }]);
  });
});
