import { expect, it } from 'vitest';
import { buildConsent, buildConsultation, buildGuardianOf } from '../consultations/factories.ts';
import { readChronology } from '../chronology/index.ts';
import { readConsultation } from '../consultations/index.ts';
import { loadActor } from '../kernel/auth/actor-repo.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import type { Confirmed } from './domain/carry-over.ts';
import { buildContent } from './factories.ts';
import { createDraftFromConsultation } from './from-consultation.ts';
import { saveDraft, submitReport } from './service.ts';

/** Monday 23 November 2026, 10:00 in Norway. */
const NOW = new Date('2026-11-23T09:00:00Z');
const NEXT_DAY = new Date('2026-11-24T09:00:00Z');

const none: Confirmed = { child: false, category: false, description: false, advice: false, followUps: false };
const all: Confirmed = { child: true, category: true, description: true, advice: true, followUps: true };

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const school = await buildUnit(db, { municipality_id: municipality.id });
  const otherSchool = await buildUnit(db, { municipality_id: municipality.id });
  const person = async (role: Role, unitId = school.id) => {
    const staff = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
    return actor(db, staff.id);
  };
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  const guardian = await buildGuardianOf(db, child.id);
  const contact = await person('network_contact');
  const teacher = await person('staff');
  const consentId = await buildConsent(db, { child_id: child.id, guardian_id: guardian.id, registered_by: teacher.staffId });
  const consented = await buildConsultation(db, {
    unit_id: school.id,
    mode: 'consented',
    child_id: child.id,
    consent_id: consentId,
    category: 'absence',
    description: 'Borte tre mandager på rad, sliten og sulten.',
    advice: 'Snakk med foreldrene om fraværet.',
    outcome: 'concern_report_recommended',
    held_on: '2026-11-23',
    recorded_by_staff_id: teacher.staffId,
    created_at: NOW,
  });
  await db
    .insertInto('consultation_follow_up')
    .values({ consultation_id: consented, text: 'Ring hjem', owner_staff_id: contact.staffId, due_on: '2026-11-30', position: 0 })
    .execute();
  const anonymous = await buildConsultation(db, { unit_id: school.id, category: 'neglect', recorded_by_staff_id: teacher.staffId, created_at: NOW });
  return {
    school,
    child,
    consentId,
    consented,
    anonymous,
    contact,
    teacher,
    otherTeacher: await person('staff'),
    leader: await person('unit_leader'),
    contactElsewhere: await person('network_contact', otherSchool.id),
  };
}

let keys = 0;
const request = (carry: Partial<Confirmed>, idempotencyKey = `from-consultation-${++keys}`) => ({
  carry: { ...none, ...carry },
  locale: 'nb' as const,
  idempotencyKey,
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describeEachEngine('starting a concern report from a consultation', (use) => {
  it('carries over only the ticked items, and remembers the consultation', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { draft, created } = await createDraftFromConsultation(db, w.contact, w.consented, request({ child: true, description: true }), NOW);
    expect(created).toBe(true);
    expect(draft.fromConsultationId).toBe(w.consented);
    expect(draft.content.child).toMatchObject({ givenName: w.child.given_name, familyName: w.child.family_name, nationalId: w.child.national_id });
    expect(draft.content.observations[0]!.what).toBe('Borte tre mandager på rad, sliten og sulten.');
    expect(draft.content.actionsTaken).toBe('');
    expect(JSON.stringify(draft.content)).not.toContain('Fravær');
    expect(JSON.stringify(draft.content)).not.toContain('Ring hjem');
  });

  it('frames the category, advice and follow-up in the reporter language', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { draft } = await createDraftFromConsultation(db, w.contact, w.consented, { ...request(all), locale: 'en' }, NOW);
    expect(draft.content.observations[0]!.what).toBe('Topic discussed with the network contact: Absence\n\nBorte tre mandager på rad, sliten og sulten.');
    expect(draft.content.actionsTaken).toContain('Discussed with the network contact on 23 November 2026. Advice: Snakk med foreldrene om fraværet.');
    expect(draft.content.actionsTaken).toContain('Agreed follow-up: Ring hjem (');
    expect(draft.content.actionsTaken).toContain('due 30 November 2026)');
  });

  it('carries no child from an anonymous consultation, even when asked to', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { draft } = await createDraftFromConsultation(db, w.contact, w.anonymous, request(all), NOW);
    expect(draft.content.child).toMatchObject({ givenName: '', familyName: '', nationalId: '' });
    expect(draft.content.observations[0]!.what).toContain('Omsorgssvikt');
  });

  it('lets the network contact, the unit leader and the teacher who recorded it that day; no one else', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    for (const who of [w.contact, w.leader, w.teacher]) {
      expect((await createDraftFromConsultation(db, who, w.consented, request({ description: true }), NOW)).created).toBe(true);
    }
    for (const [who, when] of [
      [w.teacher, NEXT_DAY],
      [w.otherTeacher, NOW],
      [w.contactElsewhere, NOW],
    ] as const) {
      expect(await rejection(createDraftFromConsultation(db, who, w.consented, request(all), when))).toBeInstanceOf(NotFoundError);
    }
    const drafts = await db.selectFrom('concern_report').select('reporter_staff_id').where('from_consultation_id', '=', w.consented).execute();
    expect(drafts).toHaveLength(3);
    const denied = await db
      .selectFrom('audit_event')
      .select(['actor_staff_id', 'purpose'])
      .where('resource_type', '=', 'concern_report')
      .where('outcome', '=', 'denied')
      .where('purpose', '=', `started from consultation ${w.consented}`)
      .execute();
    expect(denied.map((e) => e.actor_staff_id).sort()).toEqual([w.teacher.staffId, w.otherTeacher.staffId, w.contactElsewhere.staffId].sort());
  });

  it('starts one draft for a double click', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const twice = request({ child: true }, 'double-click-0001');
    const [a, b] = await Promise.all([
      createDraftFromConsultation(db, w.teacher, w.consented, twice, NOW),
      createDraftFromConsultation(db, w.teacher, w.consented, twice, NOW),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.draft.id).toBe(b.draft.id);
    const again = await createDraftFromConsultation(db, w.teacher, w.consented, twice, NOW);
    expect(again).toMatchObject({ created: false, draft: { id: a.draft.id } });
    expect(await db.selectFrom('concern_report').select('id').where('from_consultation_id', '=', w.consented).execute()).toHaveLength(1);
    const reused = await rejection(createDraftFromConsultation(db, w.contact, w.consented, twice, NOW));
    expect((reused as RuleViolation).code).toBe('idempotency_key_reused');
  });

  it('gives nothing from a consultation whose consent was withdrawn', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await db.updateTable('consent').set({ withdrawn_on: '2026-11-23' }).where('id', '=', w.consentId).execute();
    const refused = await rejection(createDraftFromConsultation(db, w.contact, w.consented, request(all), NOW));
    expect((refused as RuleViolation).code).toBe('consent_not_valid');
    expect(await db.selectFrom('concern_report').select('id').where('from_consultation_id', '=', w.consented).execute()).toHaveLength(0);
  });

  it('shows on the consultation and in the child\'s chronology that a report was started, and when it was sent', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { draft } = await createDraftFromConsultation(db, w.teacher, w.consented, request({ child: true }), NOW);
    expect((await readConsultation(db, w.contact, w.consented, { now: NOW })).concernReports).toEqual([{ startedAt: expect.any(String), sentAt: null }]);
    const started = (await readChronology(db, w.contact, w.child.id, { now: NOW })).entries;
    expect(started.filter((e) => e.kind === 'concern_report_started')).toEqual([
      { kind: 'concern_report_started', date: expect.any(String), consultationId: w.consented, consultationHeldOn: '2026-11-23' },
    ]);
    // Completed around the child carried over, so the sent report is about that child in the register.
    const content = buildContent((c) => {
      c.child = { ...c.child, nationalId: w.child.national_id, givenName: w.child.given_name, familyName: w.child.family_name };
    });
    const saved = await saveDraft(db, w.teacher, draft.id, { version: draft.version, content });
    await submitReport(db, w.teacher, draft.id, { version: saved.version, idempotencyKey: 'send-from-consultation', locale: 'nb' }, NOW);
    const [report] = (await readConsultation(db, w.contact, w.consented, { now: NOW })).concernReports;
    expect(report!.sentAt).toBe(NOW.toISOString());
    // Sent, the draft's entry gives way to the report's, with what the unit may know of the answer.
    const { entries } = await readChronology(db, w.contact, w.child.id, { now: NOW });
    expect(entries.map((e) => e.kind)).toEqual(['concern_report', 'consultation', 'consent_given']);
  });
});
