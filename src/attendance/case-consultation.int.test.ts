/**
 * From a Norwegian follow-up case to a consultation with the network contact, on both engines:
 * the figures are carried only when ticked, an anonymous one names no one (not even in its audit
 * event), the pupil only with a guardian's consent, a retry answers the same consultation, and a
 * teacher is refused.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildConsent, buildGuardianOf } from '../consultations/factories.ts';
import type { StartConsultationRequest } from './case-schema.ts';
import { getCase, openCaseFromFlag, startConsultation } from './case-service.ts';
import type { Guideline } from './domain/guideline.ts';
import { saveGuideline } from './import-repo.ts';

/** Monday 23 November 2026, 10:00 in Norway. */
const NOW = new Date('2026-11-23T09:00:00Z');
const at = { now: NOW };

/** A municipality whose stage at more than 3 days a month asks for a consultation with the network contact. */
const CONSULTING: Guideline = {
  id: 'test-consultation',
  dayMinutes: 330,
  rules: [
    {
      id: 'days-month-consultation',
      measure: 'days',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: ['sick', 'undocumented'],
      stage: 2,
      triggers: [{ kind: 'consultation' }],
      source: { url: 'https://example.org/test', text: 'A consultation after more than 3 days a month.' },
    },
  ],
};

async function buildNorwegianWorld(db: Db) {
  const municipality = await buildMunicipality(db, { country_code: 'NO' });
  await saveGuideline(db, municipality.id, CONSULTING);
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Solbakken skole' });
  const leader = await buildPerson(db, 'unit_leader', school);
  const openCase = async () => {
    const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    const flag = await db
      .insertInto('attendance_flag')
      .values({
        child_id: child.id,
        unit_id: school.id,
        municipality_id: municipality.id,
        rule_id: 'days-month-consultation',
        stage: 2,
        measure: 'days',
        comparison: 'more_than',
        threshold: 3,
        value: 4,
        window_from: '2026-11-02',
        window_to: '2026-11-20',
        school_days: 15,
        raised_on: '2026-11-20',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const opened = await openCaseFromFlag(db, await actor(db, leader), school.id, flag.id, {}, at);
    return { child, caseId: opened.case.id };
  };
  return { school, leader, teacher: await buildPerson(db, 'staff', school), openCase };
}

const aConsultation = (carry: StartConsultationRequest['carry'], fields: Partial<StartConsultationRequest> = {}): StartConsultationRequest => ({
  version: 1,
  carry,
  locale: 'nb',
  heldOn: '2026-11-23',
  description: 'Skolen ønsker råd om hvordan hjemmet kan støttes.',
  advice: 'Kontakt helsesykepleier.',
  outcome: 'referred_health_nurse',
  idempotencyKey: randomUUID(),
  ...fields,
});

const consultationRow = (db: Db, id: string) =>
  db.selectFrom('consultation').select(['mode', 'child_id', 'category', 'description', 'outcome', 'held_on', 'unit_id']).where('id', '=', id).executeTakeFirstOrThrow();

describeEachEngine('attendance case → consultation with the network contact', (use) => {
  it('records an anonymous consultation with the figures ticked, links it, answers a retry with it, and audits no child', async () => {
    const { db } = use();
    const w = await buildNorwegianWorld(db);
    const { caseId } = await w.openCase();
    const leader = await actor(db, w.leader);
    expect(await getCase(db, leader, caseId, at)).toMatchObject({ country: 'NO', triggers: ['consultation'], consultation: null, pupilConsentsToConsultation: false });

    const request = aConsultation({ pupil: false, figures: true });
    const started = await startConsultation(db, leader, caseId, request, at);
    expect(started).toMatchObject({ created: true, case: { consultation: { id: started.consultationId }, version: 2 } });
    // Written out by hand: where the figures come from, the flag's figures in bokmål, then the writer's text.
    expect(await consultationRow(db, started.consultationId)).toEqual({
      mode: 'anonymous',
      child_id: null,
      category: 'absence',
      description:
        'Fraværet skolen har registrert, slik kommunens retningslinje teller det:\n– 4 dager 2. november 2026–20. november 2026 (15 skoledager); regel: mer enn 3\n\nSkolen ønsker råd om hvordan hjemmet kan støttes.',
      outcome: 'referred_health_nurse',
      held_on: '2026-11-23',
      unit_id: w.school.id,
    });

    const retry = await startConsultation(db, leader, caseId, request, at);
    expect(retry).toMatchObject({ created: false, consultationId: started.consultationId });
    await expect(startConsultation(db, leader, caseId, aConsultation({ pupil: false, figures: false }, { version: 2 }), at)).rejects.toMatchObject({
      status: 409,
      code: 'consultation_already_started',
    });
    expect(await db.selectFrom('consultation').select('id').where('unit_id', '=', w.school.id).execute()).toHaveLength(1);

    const events = await db.withTables<AuditTables>().selectFrom('audit_event').select(['resource_type', 'outcome', 'child_id', 'purpose']).where('resource_id', '=', started.consultationId).orderBy('id').execute();
    expect(events).toEqual([
      { resource_type: 'consultation', outcome: 'allowed', child_id: null, purpose: 'started from an attendance case' },
      { resource_type: 'consultation', outcome: 'allowed', child_id: null, purpose: 'started from an attendance case' },
    ]);
  });

  it('carries no figures unticked, and refuses the pupil without a consent, then takes them with one', async () => {
    const { db } = use();
    const w = await buildNorwegianWorld(db);
    const leader = await actor(db, w.leader);
    const plain = await w.openCase();
    const started = await startConsultation(db, leader, plain.caseId, aConsultation({ pupil: false, figures: false }), at);
    expect((await consultationRow(db, started.consultationId)).description).toBe('Skolen ønsker råd om hvordan hjemmet kan støttes.');

    const named = await w.openCase();
    await expect(startConsultation(db, leader, named.caseId, aConsultation({ pupil: true, figures: true }), at)).rejects.toMatchObject({ status: 409, code: 'consent_not_valid' });
    expect(await getCase(db, leader, named.caseId, at)).toMatchObject({ consultation: null, version: 1 });

    const guardian = await buildGuardianOf(db, named.child.id);
    await buildConsent(db, { child_id: named.child.id, guardian_id: guardian.id, registered_by: w.leader });
    expect(await getCase(db, leader, named.caseId, at)).toMatchObject({ pupilConsentsToConsultation: true });
    const consented = await startConsultation(db, leader, named.caseId, aConsultation({ pupil: true, figures: false }), at);
    expect(await consultationRow(db, consented.consultationId)).toMatchObject({ mode: 'consented', child_id: named.child.id });
    const events = await db.withTables<AuditTables>().selectFrom('audit_event').select(['child_id', 'purpose']).where('resource_id', '=', consented.consultationId).execute();
    expect(events).toEqual([{ child_id: named.child.id, purpose: `started from attendance case ${named.caseId}` }]);
  });

  it('refuses a name in an anonymous consultation’s text, nothing to say, and the school’s teacher as if the case were not there', async () => {
    const { db } = use();
    const w = await buildNorwegianWorld(db);
    const { child, caseId } = await w.openCase();
    const leader = await actor(db, w.leader);
    const named = aConsultation({ pupil: false, figures: true }, { description: `Vi er bekymret for ${child.given_name}.` });
    await expect(startConsultation(db, leader, caseId, named, at)).rejects.toMatchObject({ status: 400, code: 'identifying_text' });
    const empty = aConsultation({ pupil: false, figures: false }, { description: '' });
    await expect(startConsultation(db, leader, caseId, empty, at)).rejects.toMatchObject({ status: 400, details: { issues: [{ path: 'body/description', code: 'text_too_short' }] } });
    await expect(startConsultation(db, await actor(db, w.teacher), caseId, aConsultation({ pupil: false, figures: true }), at)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getCase(db, leader, caseId, at)).toMatchObject({ consultation: null, version: 1 });
    expect(await db.selectFrom('consultation').select('id').where('unit_id', '=', w.school.id).execute()).toHaveLength(0);
  });
});
