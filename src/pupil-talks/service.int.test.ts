import { expect, it } from 'vitest';
import { createSession, findSession } from '../kernel/auth/sessions.ts';
import { addDays, localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildDistrict, buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildPupilRequest, buildPupilTalk } from './factories.ts';
import { endPupilMode, openPupilMode, readPupilMode, requestInPupilMode } from './pupil-mode.ts';
import { deleteExpiredTalks } from './retention.ts';
import { draftNotice, recordNoticeGiven, withholdNotice } from './notice.ts';
import { listReferrals, listUnitTalks, readTalk, recordTalk, registerRequest } from './service.ts';
import { TEST_NOW, TEST_TODAY } from '../kernel/testing/test-clock.ts';

const ids = {} as Record<'municipality' | 'school' | 'childWelfare' | 'otherSchool' | 'teacher' | 'contact' | 'otherContact' | 'intake' | 'child' | 'otherChild', string>;
const today = TEST_TODAY;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
}

async function refusal(promise: Promise<unknown>): Promise<RuleViolation> {
  const error = await failure(promise);
  if (!(error instanceof RuleViolation)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function auditCount(db: Db, resourceType: string, action: string): Promise<number> {
  const rows = await db.selectFrom('audit_event').select('id').where('resource_type', '=', resourceType).where('action', '=', action as never).execute();
  return rows.length;
}

describeEachEngine(
  'pupil talks',
  (use) => {
    it('registers a request once for a retried form, and shows it only to the unit’s network contact', async () => {
      const { db } = use();
      const teacher = await actor(db, ids.teacher);
      const body = { firstName: 'Sara', classGroup: '7A', freeWhen: 'break' as const, about: 'home' as const, idempotencyKey: 'retry-key-0001' };
      const first = await registerRequest(db, teacher, ids.school, body);
      const retry = await registerRequest(db, teacher, ids.school, body);
      expect(retry.id).toBe(first.id);
      expect(await failure(registerRequest(db, teacher, ids.otherSchool, { ...body, idempotencyKey: 'other-key-0001' }))).toBeInstanceOf(NotFoundError);
      const atChildWelfare = await refusal(registerRequest(db, await actor(db, ids.contact), ids.childWelfare, { ...body, idempotencyKey: 'other-key-0002' }));
      expect(atChildWelfare.code).toBe('not_a_school');

      const talks = await listUnitTalks(db, await actor(db, ids.contact), ids.school);
      expect(talks.openRequests.filter((r) => r.id === first.id)).toMatchObject([{ firstName: 'Sara', classGroup: '7A', source: 'staff' }]);
      expect(await failure(listUnitTalks(db, teacher, ids.school))).toBeInstanceOf(NotFoundError);
      expect(await failure(listUnitTalks(db, await actor(db, ids.otherContact), ids.school))).toBeInstanceOf(NotFoundError);
    });

    it('refuses a note that names a child of the unit, with the span, and records the fixed one once', async () => {
      const { db } = use();
      const contact = await actor(db, ids.contact);
      const request = await buildPupilRequest(db, { unit_id: ids.school });
      const child = await db.selectFrom('child').select(['given_name', 'family_name']).where('id', '=', ids.child).executeTakeFirstOrThrow();
      const note = `Snakket om ${child.given_name} ${child.family_name} i friminuttet`;
      const refused = await refusal(recordTalk(db, contact, request.id, { heldOn: today, durationMinutes: 20, topic: 'friends', followUp: true, note }));
      expect(refused.code).toBe('identifying_note');
      const findings = refused.details.findings as { kind: string; start: number; end: number }[];
      expect(findings.every((f) => f.kind === 'name')).toBe(true);
      expect(findings.map((f) => note.slice(f.start, f.end)).join(' ')).toContain(child.given_name);
      expect(JSON.stringify(refused.details)).not.toContain(child.family_name);
      expect(await db.selectFrom('pupil_talk').select('id').where('request_id', '=', request.id).execute()).toHaveLength(0);

      const talk = await recordTalk(db, contact, request.id, { heldOn: today, durationMinutes: 20, topic: 'friends', followUp: true, note: 'Snakket om friminuttene' });
      expect(talk).toMatchObject({ heldOn: today, topic: 'friends', followUp: true, child: null, notice: { status: 'none' }, version: 1 });
      const again = await refusal(recordTalk(db, contact, request.id, { heldOn: today, durationMinutes: 20, topic: 'friends', followUp: true, note: null }));
      expect(again.code).toBe('talk_already_recorded');
      const future = await refusal(
        recordTalk(db, contact, (await buildPupilRequest(db, { unit_id: ids.school })).id, { heldOn: addDays(today, 1), durationMinutes: 20, topic: 'home', followUp: false, note: null }),
      );
      expect(future.details).toEqual({ issues: [{ path: 'body/heldOn', code: 'in_future' }] });
    });

    it('drafts the notice with the pupil and records it given, refusing a stale version and a child from elsewhere', async () => {
      const { db } = use();
      const contact = await actor(db, ids.contact);
      const talk = await buildPupilTalk(db, { unitId: ids.school, contactId: ids.contact, childId: ids.child });
      const notYet = await refusal(recordNoticeGiven(db, contact, talk.id, { version: 1, givenAt: TEST_NOW.toISOString(), how: 'phone', pupilPresent: true }));
      expect(notYet.code).toBe('notice_not_drafted');
      const elsewhere = await refusal(draftNotice(db, contact, talk.id, { version: 1, childId: ids.otherChild, locale: 'nb', text: 'Hei' }));
      expect(elsewhere.details).toEqual({ issues: [{ path: 'body/childId', code: 'child_not_at_unit' }] });

      const drafted = await draftNotice(db, contact, talk.id, { version: 1, childId: ids.child, locale: 'en', text: 'Your child talked with the network contact about friends.' });
      expect(drafted).toMatchObject({ version: 2, child: { id: ids.child }, notice: { status: 'drafted', locale: 'en' } });
      const stale = await refusal(draftNotice(db, contact, talk.id, { version: 1, childId: ids.child, locale: 'nb', text: 'x' }));
      expect(stale.code).toBe('conflict');

      const givenAt = TEST_NOW.toISOString();
      const given = await recordNoticeGiven(db, contact, talk.id, { version: 2, givenAt, how: 'in_person', pupilPresent: true });
      expect(given.notice).toMatchObject({ status: 'given', how: 'in_person', pupilPresent: true, givenBy: { id: ids.contact }, givenAt });
      const closed = await refusal(withholdNotice(db, contact, talk.id, { version: 3, childId: ids.child, reason: 'x' }));
      expect(closed.code).toBe('notice_closed');
      expect((await readTalk(db, contact, talk.id)).notice.text).toBe('Your child talked with the network contact about friends.');
    });

    it('refers a talk whose parents are not told to the intake list, readable by intake only', async () => {
      const { db } = use();
      const contact = await actor(db, ids.contact);
      const talk = await buildPupilTalk(db, { unitId: ids.school, contactId: ids.contact, childId: ids.child });
      const withheld = await withholdNotice(db, contact, talk.id, { version: 1, childId: ids.child, reason: 'Eleven forteller om vold fra en forelder.' });
      expect(withheld).toMatchObject({ notice: { status: 'withheld' }, referredOn: today, child: { id: ids.child } });

      const { referrals } = await listReferrals(db, await actor(db, ids.intake), ids.municipality);
      expect(referrals).toMatchObject([{ referredOn: today, unit: { id: ids.school }, child: { id: ids.child }, referredBy: { id: ids.contact }, reason: 'Eleven forteller om vold fra en forelder.' }]);
      expect(await failure(listReferrals(db, contact, ids.municipality))).toBeInstanceOf(NotFoundError);
    });

    it('pupil mode ends the staff session, takes requests for its unit only, and stops when ended', async () => {
      const { db } = use();
      const teacher = await actor(db, ids.teacher);
      const session = await createSession(db, ids.teacher, 'demo');
      const { token, mode } = await openPupilMode(db, teacher, ids.school, session);
      expect(mode.unit.id).toBe(ids.school);
      expect(await findSession(db, session)).toBeUndefined();
      expect((await readPupilMode(db, token))?.unit.id).toBe(ids.school);

      const filed = await requestInPupilMode(db, token, { firstName: 'Ali', classGroup: '5C', freeWhen: null, about: 'feelings', idempotencyKey: 'pupil-mode-key-1' });
      const row = await db.selectFrom('pupil_talk_request').selectAll().where('id', '=', filed.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ unit_id: ids.school, source: 'pupil_mode', registered_by_staff_id: null, about: 'feelings' });
      const audit = await db.selectFrom('audit_event').selectAll().where('resource_type', '=', 'pupil_talk_request').where('purpose', '=', 'filed by a pupil in pupil mode').execute();
      expect(audit.map((a) => a.actor_staff_id)).toEqual([ids.teacher]);

      expect(await readPupilMode(db, 'not-a-token')).toBeNull();
      expect(await readPupilMode(db, token, new Date(TEST_NOW.getTime() + 11 * 3_600_000))).toBeNull();
      await endPupilMode(db, token);
      expect(await failure(requestInPupilMode(db, token, { firstName: 'Ali', classGroup: '5C', freeWhen: null, about: null, idempotencyKey: 'pupil-mode-key-2' }))).toBeInstanceOf(
        NotFoundError,
      );
    });

    it('deletes requests and talks kept past the retention time, once each and audited; referrals stay', async () => {
      const { db } = use();
      const old = new Date(TEST_NOW.getTime() - 40 * 86_400_000);
      const oldRequest = await buildPupilRequest(db, { unit_id: ids.school, created_at: old });
      const oldTalk = await buildPupilTalk(db, { unitId: ids.school, contactId: ids.contact, childId: ids.child }, { requestedAt: old });
      await db.updateTable('pupil_talk').set({ created_at: old, closed_at: old, notice_status: 'withheld', child_id: ids.child }).where('id', '=', oldTalk.id).execute();
      await db
        .insertInto('pupil_talk_referral')
        .values({ talk_id: oldTalk.id, municipality_id: ids.municipality, unit_id: ids.school, child_id: ids.child, referred_on: localDate(old), reason: 'Risiko' })
        .execute();
      const recentlyClosed = await buildPupilTalk(db, { unitId: ids.school, contactId: ids.contact, childId: ids.child }, { requestedAt: old });

      const deletesBefore = await auditCount(db, 'pupil_talk_request', 'delete');
      const [first, second] = await Promise.all([deleteExpiredTalks(db, 30), deleteExpiredTalks(db, 30)]);
      expect(first + second).toBe(2);
      expect(await deleteExpiredTalks(db, 30)).toBe(0);
      expect(await auditCount(db, 'pupil_talk_request', 'delete')).toBe(deletesBefore + 2);

      const left = await db.selectFrom('pupil_talk_request').select('id').where('id', 'in', [oldRequest.id, oldTalk.request_id, recentlyClosed.request_id]).execute();
      expect(left.map((r) => r.id)).toEqual([recentlyClosed.request_id]);
      const referral = await db.selectFrom('pupil_talk_referral').selectAll().where('reason', '=', 'Risiko').executeTakeFirstOrThrow();
      expect(referral.talk_id).toBeNull();
    });
  },
  async ({ db }) => {
    const municipality = await buildMunicipality(db);
    const district = await buildDistrict(db, { municipality_id: municipality.id });
    const school = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
    const otherSchool = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
    const childWelfare = await buildUnit(db, { municipality_id: municipality.id, kind: 'child_welfare' });
    const person = async (unitId: string, role: 'staff' | 'network_contact' | 'intake_worker') => {
      const staff = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
      return staff.id;
    };
    const contact = await person(school.id, 'network_contact');
    // Network contacts are employed by child welfare and placed in schools.
    await buildMembership(db, { staff_id: contact, unit_id: childWelfare.id, role: 'network_contact' });
    Object.assign(ids, {
      municipality: municipality.id,
      school: school.id,
      otherSchool: otherSchool.id,
      teacher: await person(school.id, 'staff'),
      childWelfare: childWelfare.id,
      contact,
      otherContact: await person(otherSchool.id, 'network_contact'),
      intake: await person(childWelfare.id, 'intake_worker'),
      child: (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id })).id,
      otherChild: (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: otherSchool.id })).id,
    });
  },
);
