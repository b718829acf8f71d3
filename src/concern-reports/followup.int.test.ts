/**
 * Round 2 of concern reports (issue 10): a draft is created on its first input and can be
 * deleted by its writer; intake concludes an investigation, which in Norway starts the three
 * weeks for the second feedback; intake's view links the child's record; and the acute
 * advice always has a number, the municipality's own or the country's.
 */
import { expect, it } from 'vitest';
import { localInstant } from '../time/zoned-instant.ts';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode, Role } from '../kernel/db/tables.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildEnrolledChild } from '../kernel/testing/register-factories.ts';
import { buildContent, buildReportingPlace } from './factories.ts';
import { concludeInvestigation, decide, intakeQueue, readReceived } from './intake-service.ts';
import { createDraft, deleteDraft, draftTemplate, guidance, listMyReports, saveDraft, submitReport } from './service.ts';
import { readServiceNumbers, saveServiceNumbers } from './service-numbers.ts';

/** Friday 20 November 2026, 10:00 in Norway and Denmark. */
const RECEIVED = localInstant('2026-11-20', '10:00');
const DECIDED = localInstant('2026-11-24', '09:00');

async function buildPlace(db: Db, country: CountryCode = 'NO') {
  const place = await buildReportingPlace(db, country);
  const { municipality, school, childWelfare } = place;
  const person = async (role: Role, unitId: string) => actor(db, await place.person(role, unitId));
  return {
    municipality,
    school,
    childWelfare,
    teacher: await person('staff', school.id),
    otherTeacher: await person('staff', school.id),
    intake: await person('intake_worker', childWelfare.id),
    administrator: await person('administrator', childWelfare.id),
  };
}

async function refusal(promise: Promise<unknown>): Promise<RuleViolation | NotFoundError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error instanceof RuleViolation || error instanceof NotFoundError).toBe(true);
  return error as RuleViolation | NotFoundError;
}

async function sendReport(db: Db, teacher: Actor, change: Parameters<typeof buildContent>[0] = () => {}) {
  const { draft } = await createDraft(db, teacher, undefined, buildContent(change));
  await submitReport(db, teacher, draft.id, { version: draft.version, idempotencyKey: `key-${draft.id}`, locale: 'nb' }, RECEIVED);
  return draft.id;
}

const reportsOf = (db: Db, staffId: string) => db.selectFrom('concern_report').select('id').where('reporter_staff_id', '=', staffId).execute();

describeEachEngine('concern report follow-up', (use) => {
  it('stores nothing for an opened form, and creates the draft with its first input', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const template = await draftTemplate(db, p.teacher);
    expect(template.country).toBe('NO');
    expect(template.content.reporter.workplace).toBe(p.school.name);
    expect(template.problems.some((problem) => problem.field === 'observations.0.what' && problem.kind === 'missing')).toBe(true);
    expect(await reportsOf(db, p.teacher.staffId)).toEqual([]);

    const typed = structuredClone(template.content);
    typed.observations[0]!.what = 'Eleven gråt i friminuttet.';
    const { draft, created } = await createDraft(db, p.teacher, 'first-input-key-1', typed);
    expect(created).toBe(true);
    expect(draft.content.observations[0]!.what).toBe('Eleven gråt i friminuttet.');
    expect(draft.problems.filter((problem) => problem.field === 'observations.0.what').map((problem) => problem.kind)).toEqual(['vague']);
    expect(await reportsOf(db, p.teacher.staffId)).toHaveLength(1);
  });

  it("deletes the writer's own draft, audited, and nobody else's, and never a sent report", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const { draft } = await createDraft(db, p.teacher, undefined);
    await refusal(deleteDraft(db, p.otherTeacher, draft.id));
    await deleteDraft(db, p.teacher, draft.id);
    expect((await listMyReports(db, p.teacher)).reports).toEqual([]);
    const audit = await db.selectFrom('audit_event').select(['outcome', 'actor_staff_id']).where('resource_id', '=', draft.id).where('action', '=', 'delete').orderBy('id').execute();
    // Another's draft is answered like a missing one, and the attempt is on record.
    expect(audit.map((a) => `${a.outcome} ${a.actor_staff_id === p.teacher.staffId ? 'writer' : 'other'}`)).toEqual(['denied other', 'allowed writer']);

    const sent = await sendReport(db, p.teacher);
    expect(await refusal(deleteDraft(db, p.teacher, sent))).toBeInstanceOf(NotFoundError);
    expect((await listMyReports(db, p.teacher)).reports.map((r) => r.id)).toEqual([sent]);
  });

  it('concludes an investigation: the investigation is met, the second feedback runs three weeks and the reporter is told', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const id = await sendReport(db, p.teacher);
    const received = await readReceived(db, p.intake, id, RECEIVED);
    expect((await refusal(concludeInvestigation(db, p.intake, id, { version: received.version, kind: 'closed', concludedOn: '2026-11-25' }, DECIDED))) as RuleViolation).toMatchObject({ code: 'conclusion_not_allowed' });

    const decided = await decide(db, p.intake, id, { version: received.version, kind: 'investigation_opened', reason: 'Alvorlig' }, DECIDED);
    const concludedAt = localInstant('2027-01-15', '14:00');
    const future = await refusal(concludeInvestigation(db, p.intake, id, { version: decided.version, kind: 'followed_up', concludedOn: '2027-01-16' }, concludedAt));
    expect((future as RuleViolation).status).toBe(400);
    const beforeDecision = await refusal(concludeInvestigation(db, p.intake, id, { version: decided.version, kind: 'followed_up', concludedOn: '2026-11-23' }, concludedAt));
    expect((beforeDecision as RuleViolation).status).toBe(400);

    // Concluded Thursday 14 January 2027: three weeks on is Thursday 4 February, to the end of that day.
    const concluded = await concludeInvestigation(db, p.intake, id, { version: decided.version, kind: 'followed_up', concludedOn: '2027-01-14' }, concludedAt);
    expect(concluded.conclusion).toEqual({ kind: 'followed_up', concludedOn: '2027-01-14' });
    const byKind = Object.fromEntries(concluded.deadlines.map((d) => [d.kind, d]));
    expect(byKind.second_feedback).toMatchObject({ dueDate: '2027-02-04', status: 'met', timed: false });
    expect(byKind.investigation).toMatchObject({ dueDate: '2027-02-20', status: 'met' });
    expect((await refusal(concludeInvestigation(db, p.intake, id, { version: concluded.version, kind: 'closed', concludedOn: '2027-01-14' }, concludedAt))) as RuleViolation).toMatchObject({ code: 'conclusion_not_allowed' });

    const queue = await intakeQueue(db, p.intake, concludedAt);
    expect(queue.reports[0]!.deadlines.map((d) => d.kind)).toContain('second_feedback');
    const [mine] = (await listMyReports(db, p.teacher)).reports;
    expect(mine!.feedback).toEqual({ received: true, investigationOpened: true, investigationConcluded: 'followed_up' });
  });

  it('recorded late, the second feedback is late; a Danish reporter gets no second feedback', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const id = await sendReport(db, p.teacher);
    const decided = await decide(db, p.intake, id, { version: (await readReceived(db, p.intake, id, RECEIVED)).version, kind: 'acute_measure', reason: 'Akutt' }, DECIDED);
    // Ended Friday 11 December 2026; due Friday 1 January 2027 (a holiday: not moved); recorded on 5 January.
    const late = await concludeInvestigation(db, p.intake, id, { version: decided.version, kind: 'closed', concludedOn: '2026-12-11' }, localInstant('2027-01-05', '10:00'));
    expect(late.deadlines.find((d) => d.kind === 'second_feedback')).toMatchObject({ dueDate: '2027-01-01', status: 'met_late' });

    const dk = await buildPlace(db, 'DK');
    const dkId = await sendReport(db, dk.teacher, (c) => void (c.child.nationalId = '0101161234'));
    const dkDecided = await decide(db, dk.intake, dkId, { version: (await readReceived(db, dk.intake, dkId, RECEIVED)).version, kind: 'investigation_opened', reason: 'x' }, DECIDED);
    const dkDone = await concludeInvestigation(db, dk.intake, dkId, { version: dkDecided.version, kind: 'closed', concludedOn: '2026-12-11' }, localInstant('2026-12-11', '15:00'));
    expect(dkDone.deadlines.map((d) => d.kind)).not.toContain('second_feedback');
    expect(dkDone.deadlines.find((d) => d.kind === 'urgency_assessment')).toMatchObject({ timed: true });
    expect((await listMyReports(db, dk.teacher)).reports[0]!.feedback!.investigationConcluded).toBeNull();
  });

  it("links the child's record for intake when the child is in the register", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const child = await buildEnrolledChild(db, { municipality_id: p.municipality.id, unit_id: p.school.id });
    const matched = await sendReport(db, p.teacher, (c) => void (c.child.nationalId = child.national_id));
    expect((await readReceived(db, p.intake, matched, RECEIVED)).childRecordId).toBe(child.id);
    const byHand = await sendReport(db, p.teacher, (c) => void (c.child.nationalId = ''));
    expect((await readReceived(db, p.intake, byHand, RECEIVED)).childRecordId).toBeNull();
  });

  it("always gives a number: the municipality's own once its administrator set them, else the country's", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const before = await guidance(db, p.teacher);
    expect(before.services).toEqual([]);
    expect(before.nationalNumbers.map((n) => n.phone)).toEqual(['112', '116 111']);

    await refusal(saveServiceNumbers(db, p.teacher, { childWelfarePhone: '+47 22 00 00 00', onCallPhone: null }));
    expect(await readServiceNumbers(db, p.administrator)).toEqual({ childWelfarePhone: null, onCallPhone: null });
    await saveServiceNumbers(db, p.administrator, { childWelfarePhone: '+47 22 00 00 00', onCallPhone: '+47 22 11 11 11' });
    const after = await guidance(db, p.teacher);
    expect(after.services.map((s) => `${s.kind} ${s.phone}`)).toEqual(['child_welfare +47 22 00 00 00', 'on_call_service +47 22 11 11 11']);
    expect(after.nationalNumbers).toEqual([]);

    const dk = await buildPlace(db, 'DK');
    expect((await guidance(db, dk.teacher)).nationalNumbers.map((n) => n.phone)).toEqual(['112', '114']);
  });
});
