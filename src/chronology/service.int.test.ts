/**
 * The child's chronology across capabilities, as each role holding `chronology.read` sees it,
 * and the leader's access report finding every audited read or write that concerns the child.
 */
import { expect, it } from 'vitest';
import { buildReceivedReport } from '../concern-reports/factories.ts';
import { decide, readReceived } from '../concern-reports/index.ts';
import { loadActor } from '../kernel/auth/actor-repo.ts';
import { sealAuditEvents } from '../kernel/audit/seal.ts';
import { verifyAuditLog } from '../kernel/audit/verify.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildDistrict, buildEnrolledChild, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { accessReport, accessReportCsv } from '../oversight/index.ts';
import { buildPupilTalk } from '../pupil-talks/factories.ts';
import { draftNotice, readTalk, recordNoticeGiven, withholdNotice } from '../pupil-talks/index.ts';
import { buildGuardianOf } from '../consultations/factories.ts';
import { recordConsultation, registerConsent } from '../consultations/index.ts';
import type { NewConsultation } from '../consultations/schema.ts';
import type { ChronologyEntry } from './schema.ts';
import { readChronology } from './service.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const school = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const kindergarten = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const childWelfare = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const person = async (role: Role, unitId = school.id) => {
    const staff = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
    return actor(db, staff.id);
  };
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  return {
    municipality,
    school,
    kindergarten,
    child,
    contact: await person('network_contact'),
    unitLeader: await person('unit_leader'),
    teacher: await person('staff'),
    kindergartenStaff: await person('staff', kindergarten.id),
    intake: await person('intake_worker', childWelfare.id),
    leader: await person('leader', childWelfare.id),
  };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * A report from the school (an acute measure, decided by intake), one from the kindergarten
 * (undecided), a talk whose parents were told, one whose notice was withheld (referred) and one
 * whose notice is still a draft — all about the child.
 */
async function buildHistory(db: Db, w: World) {
  const fromSchool = await buildReceivedReport(db, {
    reporter_staff_id: w.teacher.staffId,
    reporter_unit_id: w.school.id,
    municipality_id: w.municipality.id,
    child_id: w.child.id,
    received_at: new Date('2026-11-02T10:00:00Z'),
  });
  await decide(db, w.intake, fromSchool, { version: 1, kind: 'acute_measure', reason: 'Fare for barnet' }, new Date('2026-11-03T12:00:00Z'));
  await buildReceivedReport(db, {
    reporter_staff_id: w.kindergartenStaff.staffId,
    reporter_unit_id: w.kindergarten.id,
    municipality_id: w.municipality.id,
    child_id: w.child.id,
    received_at: new Date('2026-11-10T10:00:00Z'),
  });
  const place = { unitId: w.school.id, contactId: w.contact.staffId, childId: w.child.id };
  const told = await buildPupilTalk(db, place);
  await draftNotice(db, w.contact, told.id, { version: 1, childId: w.child.id, locale: 'nb', text: 'Eleven har snakket med nettverkskontakten.' });
  await recordNoticeGiven(db, w.contact, told.id, { version: 2, givenAt: new Date(NOW.getTime() - 60_000).toISOString(), how: 'phone', pupilPresent: true }, { now: NOW });
  const withheld = await buildPupilTalk(db, place);
  await withholdNotice(db, w.contact, withheld.id, { version: 1, childId: w.child.id, reason: 'Barnet er redd for reaksjonen hjemme.' }, { now: NOW });
  await buildPupilTalk(db, place, { drafted: true });
  return { fromSchool, told, withheld };
}

const kinds = (entries: ChronologyEntry[]) => entries.map((e) => e.kind).sort();

describeEachEngine('chronology across capabilities', (use) => {
  it("shows the unit's people their own unit's reports with no more than the reporter's feedback, and talks only once the parents were told", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { told } = await buildHistory(db, w);
    for (const reader of [w.contact, w.unitLeader]) {
      const { entries } = await readChronology(db, reader, w.child.id, { now: NOW });
      expect(kinds(entries)).toEqual(['concern_report', 'pupil_talk']);
      expect(entries.find((e) => e.kind === 'concern_report')).toMatchObject({
        date: '2026-11-02',
        unit: { id: w.school.id },
        answer: { seen: 'feedback', investigationOpened: true },
      });
      expect(entries.find((e) => e.kind === 'pupil_talk')).toMatchObject({ id: told.id, unit: { id: w.school.id }, topic: 'friends', noticeGivenOn: '2026-11-23' });
      expect(JSON.stringify(entries)).not.toMatch(/acute_measure|withheld|referral/);
    }
  });

  it('shows intake every report in its queue with the decision, the told talk and the referral, never the draft', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await buildHistory(db, w);
    const { entries } = await readChronology(db, w.intake, w.child.id, { now: NOW });
    expect(kinds(entries)).toEqual(['concern_report', 'concern_report', 'pupil_referral', 'pupil_talk']);
    expect(entries.filter((e) => e.kind === 'concern_report').map((e) => e.answer)).toEqual([
      { seen: 'decision', decision: null, decidedOn: null },
      { seen: 'decision', decision: 'acute_measure', decidedOn: '2026-11-03' },
    ]);
    expect(entries.find((e) => e.kind === 'pupil_referral')).toMatchObject({ date: '2026-11-23', unit: { id: w.school.id } });
  });

  it('is refused to a teacher, as before', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    await expect(readChronology(db, w.teacher, w.child.id, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists every audited read or write that names the child in the leader's access report and CSV, and the chain still verifies", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const { fromSchool, told } = await buildHistory(db, w);
    const guardian = await buildGuardianOf(db, w.child.id);
    const { consent } = await registerConsent(
      db,
      w.teacher,
      w.child.id,
      { guardianId: guardian.id, scopes: ['consultation'], givenOn: '2026-11-01', expiresOn: '2027-06-30', idempotencyKey: 'consent-key-1' },
      { now: NOW },
    );
    const base = { category: 'wellbeing', heldOn: '2026-11-23', advice: '', outcome: 'handled_by_unit', followUps: [], groupLabel: null } as const satisfies Partial<NewConsultation>;
    await recordConsultation(db, w.teacher, w.school.id, { ...base, followUps: [], mode: 'consented', childId: w.child.id, description: 'Eleven er sliten.', idempotencyKey: 'consulted-1' }, { now: NOW });
    await recordConsultation(db, w.teacher, w.school.id, { ...base, followUps: [], mode: 'anonymous', childId: null, description: 'En elev er sliten.', idempotencyKey: 'anonymous-1' }, { now: NOW });
    await readChronology(db, w.intake, w.child.id, { now: NOW });
    await readReceived(db, w.intake, fromSchool);
    await readTalk(db, w.contact, told.id);

    const report = await accessReport(db, w.leader, w.child.id);
    const seen = new Set(report.events.map((e) => `${e.record}:${e.action}`));
    for (const expected of [
      'concern_report:update',
      'concern_report:read',
      'pupil_talk:update',
      'pupil_talk:read',
      'consent:create',
      'consultation:create',
      'chronology:read',
    ]) {
      expect(seen).toContain(expected);
    }
    // The consented consultation is listed; the anonymous one leads to no one.
    expect(report.events.filter((e) => e.record === 'consultation')).toHaveLength(1);
    expect(consent.childId).toBe(w.child.id);

    const { csv } = await accessReportCsv(db, w.leader, w.child.id, 'nb');
    expect(csv).toContain(';Bekymringsmelding om barnet;');
    expect(csv).toContain(';Elevsamtale;');
    await sealAuditEvents(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});
