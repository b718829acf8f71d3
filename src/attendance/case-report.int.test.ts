/**
 * From a follow-up case to a concern report, on both engines: a Danish pupil at 15 % illegal
 * absence becomes a drafted underretning with only the ticked items carried over, audited as
 * the draft; a retry answers the same draft; a second report is refused; a teacher is refused.
 * And the municipality's hearing of the parents and of a pupil of 12 or older.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import type { StartReportRequest } from './case-schema.ts';
import { getCase, openCaseFromFlag, recordHearing, recordLetter, startReport } from './case-service.ts';
import { DENMARK } from './domain/presets.ts';
import { saveGuideline } from './import-repo.ts';

/** Monday 23 November 2026, 10:00 in Denmark. */
const NOW = new Date('2026-11-23T09:00:00Z');
const at = { now: NOW };

async function buildDanishWorld(db: Db, birthDate = '2013-03-02') {
  const municipality = await buildMunicipality(db, { name: 'Vesterhav', country_code: 'DK' });
  await saveGuideline(db, municipality.id, DENMARK);
  const school = await buildUnit(db, { municipality_id: municipality.id, name: 'Klitby Skole' });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
  await db.updateTable('child').set({ birth_date: birthDate, given_name: 'Freja', family_name: 'Holm' }).where('id', '=', child.id).execute();
  const flag = await db
    .insertInto('attendance_flag')
    .values({
      child_id: child.id,
      unit_id: school.id,
      municipality_id: municipality.id,
      rule_id: 'dk-15-percent-quarter',
      stage: 2,
      measure: 'percent',
      comparison: 'at_least',
      threshold: 15,
      value: 16.44,
      window_from: '2026-10-01',
      window_to: '2026-11-20',
      school_days: 33,
      raised_on: '2026-11-20',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const leader = await buildPerson(db, 'unit_leader', school, { given_name: 'Mette', family_name: 'Skov' });
  const opened = await openCaseFromFlag(db, await actor(db, leader), school.id, flag.id, {}, at);
  return { school, child, leader, teacher: await buildPerson(db, 'staff', school), caseId: opened.case.id };
}

const aStart = (carry: Partial<StartReportRequest['carry']> = {}, fields: Partial<StartReportRequest> = {}): StartReportRequest => ({
  version: 1,
  carry: { child: true, school: true, figures: true, ...carry },
  locale: 'da',
  idempotencyKey: randomUUID(),
  ...fields,
});

describeEachEngine('attendance case → concern report and hearing', (use) => {
  it("turns a Danish 15 % pupil's case into a drafted underretning with the ticked items, once", async () => {
    const { db } = use();
    const w = await buildDanishWorld(db);
    const leader = await actor(db, w.leader);
    const before = await getCase(db, leader, w.caseId, at);
    expect(before).toMatchObject({ country: 'DK', triggers: ['concern_report', 'notify_municipality'], report: null });

    const request = aStart();
    const started = await startReport(db, leader, w.caseId, request, at);
    expect(started.created).toBe(true);
    expect(started.case).toMatchObject({ report: { id: started.reportId }, version: 2 });
    expect(await getCase(db, leader, w.caseId, at)).toMatchObject({ report: { id: started.reportId }, version: 2 });

    const draft = await db.selectFrom('concern_report').select(['reporter_staff_id', 'reporter_unit_id', 'status', 'content']).where('id', '=', started.reportId).executeTakeFirstOrThrow();
    expect(draft).toMatchObject({ reporter_staff_id: w.leader, reporter_unit_id: w.school.id, status: 'draft' });
    const content = typeof draft.content === 'string' ? JSON.parse(draft.content) : draft.content;
    expect(content.child).toMatchObject({ nationalId: w.child.national_id, givenName: 'Freja', familyName: 'Holm' });
    expect(content.reporter).toMatchObject({ name: 'Mette Skov', workplace: 'Klitby Skole' });
    // Written out by hand: the rule's figures in Danish, under the line saying where they come from.
    expect(content.observations).toEqual([
      {
        date: '2026-11-23',
        what: 'Fraværet, som skolen har registreret, som kommunens retningslinje tæller det:\n– 16,4 % 1. oktober 2026–20. november 2026 (33 skoledage); regel: mindst 15',
        childsWords: '',
      },
    ]);

    // A retry answers the same draft; another start is refused while the first is kept.
    const retry = await startReport(db, leader, w.caseId, request, at);
    expect(retry).toMatchObject({ created: false, reportId: started.reportId });
    await expect(startReport(db, leader, w.caseId, aStart({}, { version: 2 }), at)).rejects.toMatchObject({ status: 409, code: 'report_already_started' });
    expect(await db.selectFrom('concern_report').select('id').where('reporter_staff_id', '=', w.leader).execute()).toHaveLength(1);

    // Audited as the draft, about the pupil, once per call.
    const events = await db.withTables<AuditTables>().selectFrom('audit_event').select(['resource_type', 'outcome', 'child_id', 'purpose']).where('resource_id', '=', started.reportId).orderBy('id').execute();
    expect(events).toEqual([
      { resource_type: 'concern_report', outcome: 'allowed', child_id: w.child.id, purpose: `started from attendance case ${w.caseId}` },
      { resource_type: 'concern_report', outcome: 'allowed', child_id: w.child.id, purpose: `started from attendance case ${w.caseId}` },
    ]);
  });

  it('carries nothing that was not ticked', async () => {
    const { db } = use();
    const w = await buildDanishWorld(db);
    const started = await startReport(db, await actor(db, w.leader), w.caseId, aStart({ child: false, school: false, figures: false }), at);
    const draft = await db.selectFrom('concern_report').select('content').where('id', '=', started.reportId).executeTakeFirstOrThrow();
    const content = typeof draft.content === 'string' ? JSON.parse(draft.content) : draft.content;
    expect(content.child).toMatchObject({ nationalId: '', givenName: '', familyName: '' });
    expect(content.reporter).toMatchObject({ name: 'Mette Skov', workplace: '' });
    expect(content.observations).toEqual([{ date: '', what: '', childsWords: '' }]);
  });

  it("refuses the school's teacher as if the case were not there, and a stale version", async () => {
    const { db } = use();
    const w = await buildDanishWorld(db);
    await expect(startReport(db, await actor(db, w.teacher), w.caseId, aStart(), at)).rejects.toBeInstanceOf(NotFoundError);
    await expect(startReport(db, await actor(db, w.leader), w.caseId, aStart({}, { version: 5 }), at)).rejects.toMatchObject({ status: 409, code: 'conflict' });
    expect(await db.selectFrom('concern_report').select('id').where('reporter_unit_id', '=', w.school.id).execute()).toEqual([]);
  });

  it('records the hearing of the parents and of a pupil of 12 or older', async () => {
    const { db } = use();
    const w = await buildDanishWorld(db);
    const leader = await actor(db, w.leader);
    expect((await getCase(db, leader, w.caseId, at)).hearing).toEqual({ parentsHeardOn: null, pupilHeardOn: null, pupilAge: 13, pupilToBeHeard: true });
    const heard = await recordHearing(db, leader, w.caseId, { version: 1, parentsHeardOn: '2026-11-20', pupilHeardOn: null }, at);
    expect(heard).toMatchObject({ version: 2, hearing: { parentsHeardOn: '2026-11-20', pupilHeardOn: null } });
    const both = await recordHearing(db, leader, w.caseId, { version: 2, parentsHeardOn: '2026-11-20', pupilHeardOn: '2026-11-23' }, at);
    expect(both.hearing).toMatchObject({ parentsHeardOn: '2026-11-20', pupilHeardOn: '2026-11-23' });
    await expect(recordHearing(db, leader, w.caseId, { version: 3, parentsHeardOn: '2026-11-24', pupilHeardOn: null }, at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('does not hear a pupil under 12: the age is counted from the birth date on the school day', async () => {
    const { db } = use();
    // Turns 12 the day after the held today.
    const w = await buildDanishWorld(db, '2014-11-24');
    const leader = await actor(db, w.leader);
    expect((await getCase(db, leader, w.caseId, at)).hearing).toMatchObject({ pupilAge: 11, pupilToBeHeard: false });
    await expect(recordHearing(db, leader, w.caseId, { version: 1, parentsHeardOn: null, pupilHeardOn: '2026-11-23' }, at)).rejects.toMatchObject({
      status: 400,
      details: { issues: [{ path: 'body/pupilHeardOn', code: 'pupil_under_12' }] },
    });
    expect((await getCase(db, leader, w.caseId, { now: new Date('2026-11-24T09:00:00Z') })).hearing).toMatchObject({ pupilAge: 12, pupilToBeHeard: true });
  });

  it('drafts the warning letter at 10 % in Danish from the template and keeps the edited text as sent', async () => {
    const { db } = use();
    const w = await buildDanishWorld(db);
    const leader = await actor(db, w.leader);
    expect((await getCase(db, leader, w.caseId, at)).warningLetterDraft).toBeNull();
    const ten = await db
      .insertInto('attendance_flag')
      .values({
        child_id: w.child.id,
        unit_id: w.school.id,
        municipality_id: w.child.municipality_id,
        rule_id: 'dk-10-percent-quarter',
        stage: 1,
        measure: 'percent',
        comparison: 'at_least',
        threshold: 10,
        value: 12.5,
        window_from: '2026-10-01',
        window_to: '2026-11-06',
        school_days: 24,
        raised_on: '2026-11-06',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const joined = await openCaseFromFlag(db, leader, w.school.id, ten.id, {}, at);
    expect(joined.case.triggers).toEqual(['concern_report', 'warning_letter', 'notify_municipality']);
    // Written out by hand: the 10 % flag's figures, the school, the coordinator.
    expect(joined.case.warningLetterDraft).toBe(
      'Kære forældre til Freja Holm\n\n' +
        'Freja Holm har haft ulovligt fravær fra Klitby Skole i 12,5 % af skoletiden i perioden 1. oktober 2026 til 6. november 2026.\n\n' +
        'Skolen skal give jer besked, når en elev har 10 % ulovligt fravær eller mere i et kvartal. Når det ulovlige fravær når 15 % i et kvartal, skal skolelederen underrette kommunen. Kommunen hører jer og kan derefter standse børne- og ungeydelsen for et kvartal.\n\n' +
        'Vi vil gerne tale med jer om, hvordan vi sammen kan hjælpe Freja Holm til at komme i skole hver dag. Kontakt os gerne.\n\n' +
        'Med venlig hilsen\nMette Skov\nKlitby Skole',
    );
    const letter = { version: 1, kind: 'warning' as const, body: `${joined.case.warningLetterDraft!}\nTlf. 12 34 56 78`, sentOn: '2026-11-23', sentTo: 'Forældremyndighedsindehaverne', idempotencyKey: randomUUID() };
    const sent = await recordLetter(db, leader, w.caseId, letter, at);
    expect(sent).toMatchObject({ version: 2, warningLetterDraft: null, letters: [{ kind: 'warning', body: letter.body, sentOn: '2026-11-23', sentTo: 'Forældremyndighedsindehaverne', by: { id: w.leader, name: 'Mette Skov' } }] });
    // The same submission again adds nothing; a date ahead of the school's today is refused.
    expect((await recordLetter(db, leader, w.caseId, letter, at)).letters).toHaveLength(1);
    await expect(recordLetter(db, leader, w.caseId, { ...letter, version: 2, sentOn: '2026-11-24', idempotencyKey: randomUUID() }, at)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
