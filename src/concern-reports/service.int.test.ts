import { expect, it } from 'vitest';
import { localInstant } from '../time/zoned-instant.ts';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode } from '../kernel/db/tables.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { actor } from '../kernel/testing/actors.ts';
import { buildEnrolledChild, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildContent, buildReceivedReport, buildReportingPlace } from './factories.ts';
import { validateFiksMessage } from './fiks-io/validate.ts';
import { countsPerUnit, deadlineView, decide, exportFiks, extendInvestigation, intakeQueue, readReceived } from './intake-service.ts';
import { reportReceived, type ReportReceived } from './events.ts';
import { createDraft, listMyReports, ownReportPdf, readOwnReport, saveDraft, submitReport } from './service.ts';

/** Friday 20 November 2026, 10:00 in Norway and Denmark. */
const RECEIVED = localInstant('2026-11-20', '10:00');

/** A municipality with a school, a teacher, a second teacher, an intake worker and a leader. */
async function buildPlace(db: Db, country: CountryCode = 'NO') {
  const { municipality, school, childWelfare, person } = await buildReportingPlace(db, country);
  return {
    municipality,
    school,
    teacher: await person('staff', school.id),
    otherTeacher: await person('staff', school.id),
    intake: await person('intake_worker', childWelfare.id),
    leader: await person('leader', childWelfare.id),
  };
}

async function refusal(promise: Promise<unknown>): Promise<RuleViolation> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleViolation);
  return error as RuleViolation;
}

/** Writes a complete report as the teacher and sends it; returns its id. */
async function sendReport(db: Db, teacher: Actor, change: Parameters<typeof buildContent>[0] = () => {}, municipalityId?: string) {
  const { draft } = await createDraft(db, teacher, undefined);
  const saved = await saveDraft(db, teacher, draft.id, { version: draft.version, content: buildContent(change) });
  await submitReport(db, teacher, draft.id, { version: saved.version, idempotencyKey: `key-${draft.id}`, locale: 'nn', municipalityId }, RECEIVED);
  return draft.id;
}

describeEachEngine('concern report service', (use) => {
  it('tells others a report was received, once, with where and when but nothing of its content', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const heard: ReportReceived[] = [];
    reportReceived.handle([async (_trx, report) => void heard.push(report)]);
    try {
      const id = await sendReport(db, await actor(db, p.teacher));
      expect(heard).toEqual([{ reportId: id, municipalityId: p.municipality.id, receivedAt: RECEIVED }]);
    } finally {
      reportReceived.handle([]);
    }
  });

  it('starts a draft with the reporter filled in, once per idempotency key', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const [first, again] = await Promise.all([createDraft(db, teacher, 'draft-key-0001'), createDraft(db, teacher, 'draft-key-0001')]);
    expect([first.created, again.created].sort()).toEqual([false, true]);
    expect(again.draft.id).toBe(first.draft.id);
    expect(first.draft.content.reporter).toMatchObject({ workplace: p.school.name, phone: '+47 900 00 000' });
    expect(first.draft.problems.filter((pr) => pr.blocking).map((pr) => pr.field)).toContain('child.givenName');
    expect((await listMyReports(db, teacher)).reports.map((r) => r.status)).toEqual(['draft']);
  });

  it('audits a retried draft under the draft it returns, not an id it never used', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const first = await createDraft(db, teacher, 'draft-key-audit');
    const again = await createDraft(db, teacher, 'draft-key-audit');
    expect(again).toMatchObject({ created: false, draft: { id: first.draft.id } });
    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'resource_id'])
      .where('resource_type', '=', 'concern_report')
      .where('actor_staff_id', '=', p.teacher)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'create', resource_id: first.draft.id },
      { action: 'create', resource_id: first.draft.id },
    ]);
  });

  it('saves as typed, refuses a stale version, and keeps the draft from anyone else', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const { draft } = await createDraft(db, teacher, undefined);
    const saved = await saveDraft(db, teacher, draft.id, { version: 1, content: buildContent() });
    expect(saved).toMatchObject({ version: 2, problems: [] });
    const stale = await refusal(saveDraft(db, teacher, draft.id, { version: 1, content: buildContent((c) => void (c.duration = 'x')) }));
    expect(stale.code).toBe('conflict');
    expect((await readOwnReport(db, teacher, draft.id)).content.duration).toBe(buildContent().duration);

    const other = await actor(db, p.otherTeacher);
    await expect(readOwnReport(db, other, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDraft(db, other, draft.id, { version: 2, content: buildContent() })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses an incomplete report with its problems, and sends nothing', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const { draft } = await createDraft(db, teacher, undefined);
    const saved = await saveDraft(db, teacher, draft.id, { version: 1, content: buildContent((c) => void (c.actionsTaken = '')) });
    const error = await refusal(submitReport(db, teacher, draft.id, { version: saved.version, idempotencyKey: 'submit-key-1', locale: 'nb' }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual({ problems: [{ section: 'actionsTaken', field: 'actionsTaken', kind: 'missing', blocking: true }] });
    expect((await readOwnReport(db, teacher, draft.id)).status).toBe('draft');
    expect((await intakeQueue(db, await actor(db, p.intake))).reports).toEqual([]);
  });

  it('sends once on a double click, and lands in intake with the Norwegian clock started', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const { draft } = await createDraft(db, teacher, undefined);
    await saveDraft(db, teacher, draft.id, { version: 1, content: buildContent() });
    const request = { version: 2, idempotencyKey: 'submit-key-2', locale: 'nb' as const };
    // Five at once with one key: every one is answered with the report sent, never "already sent".
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => submitReport(db, teacher, draft.id, request, RECEIVED).then((o) => o.created, (e: unknown) => (e as RuleViolation).code)),
    );
    expect(outcomes.sort()).toEqual([false, false, false, false, true]);
    expect((await submitReport(db, teacher, draft.id, request, RECEIVED)).created).toBe(false);
    expect((await refusal(submitReport(db, teacher, draft.id, { ...request, idempotencyKey: 'submit-key-3' }))).code).toBe('already_submitted');

    const queue = await intakeQueue(db, await actor(db, p.intake), localInstant('2026-11-26', '12:00'));
    expect(queue.reports).toHaveLength(1);
    expect(queue.reports[0]).toMatchObject({ childName: 'Ola Testesen', childNotInRegister: true, outsideReporterUnits: false, routedFromMunicipality: null });
    expect(queue.reports[0]!.deadlines.map((d) => `${d.kind} ${d.dueDate} ${d.status}`)).toEqual([
      'review 2026-11-27 near',
      'feedback 2026-12-11 open',
    ]);
  });

  it('routes a report about a registered child to the municipality serving the child, flagged', async () => {
    const { db } = use();
    const home = await buildPlace(db);
    const away = await buildPlace(db);
    const child = await buildEnrolledChild(db, { municipality_id: away.municipality.id, unit_id: away.school.id });
    await sendReport(db, await actor(db, home.teacher), (c) => void (c.child.nationalId = child.national_id));

    expect((await intakeQueue(db, await actor(db, home.intake))).reports).toEqual([]);
    const [received] = (await intakeQueue(db, await actor(db, away.intake))).reports;
    expect(received).toMatchObject({ childNotInRegister: false, outsideReporterUnits: true, routedFromMunicipality: home.municipality.name });
  });

  it('sends a hand-entered child to the municipality the reporter names', async () => {
    const { db } = use();
    const home = await buildPlace(db);
    const away = await buildPlace(db);
    await sendReport(db, await actor(db, home.teacher), () => {}, away.municipality.id);
    const [received] = (await intakeQueue(db, await actor(db, away.intake))).reports;
    expect(received).toMatchObject({ childNotInRegister: true, routedFromMunicipality: home.municipality.name });
  });

  it('decides once with a reason; the reporter learns only that an investigation was opened', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const id = await sendReport(db, teacher);
    expect((await listMyReports(db, teacher)).reports[0]!.feedback).toEqual({ received: true, investigationOpened: null, investigationConcluded: null });

    const intake = await actor(db, p.intake);
    const before = await readReceived(db, intake, id, RECEIVED);
    const stale = await refusal(decide(db, intake, id, { version: before.version - 1, kind: 'investigation_opened', reason: 'Alvorlig' }));
    expect(stale.code).toBe('conflict');
    const decidedAt = localInstant('2026-11-24', '09:00');
    const decided = await decide(db, intake, id, { version: before.version, kind: 'investigation_opened', reason: 'Alvorlig bekymring' }, decidedAt);
    expect(decided.deadlines.map((d) => `${d.kind} ${d.dueDate} ${d.status}`)).toEqual([
      'review 2026-11-27 met',
      'feedback 2026-12-11 met',
      'investigation 2027-02-20 open',
    ]);
    expect((await refusal(decide(db, intake, id, { version: decided.version, kind: 'closed_after_review', reason: 'x' }))).code).toBe('already_decided');

    const mine = (await listMyReports(db, teacher)).reports[0]!;
    expect(mine.feedback).toEqual({ received: true, investigationOpened: true, investigationConcluded: null });
    expect(JSON.stringify(mine)).not.toContain('Alvorlig');

    const extended = await extendInvestigation(db, intake, id, { version: decided.version, reason: 'Venter på sakkyndig' }, decidedAt);
    expect(extended.deadlines.find((d) => d.kind === 'investigation')).toMatchObject({ dueDate: '2027-05-20', extended: true });
    expect((await refusal(extendInvestigation(db, intake, id, { version: extended.version, reason: 'igjen' }))).code).toBe('extension_not_allowed');
  });

  it('runs the Danish clock, with no extension and no Fiks IO export', async () => {
    const { db } = use();
    const p = await buildPlace(db, 'DK');
    const id = await sendReport(db, await actor(db, p.teacher), (c) => void (c.child.nationalId = '0101161234'));
    const intake = await actor(db, p.intake);
    const received = await readReceived(db, intake, id, localInstant('2026-11-21', '11:00'));
    expect(received.deadlines.map((d) => `${d.kind} ${d.dueAt} ${d.status}`)).toEqual([
      'urgency_assessment 2026-11-21T09:00:00.000Z past',
      'receipt 2026-11-30T22:59:59.999Z open',
    ]);
    const decided = await decide(db, intake, id, { version: received.version, kind: 'acute_measure', reason: 'Akut' });
    expect((await refusal(extendInvestigation(db, intake, id, { version: decided.version, reason: 'x' }))).code).toBe('extension_not_allowed');
    expect((await refusal(exportFiks(db, intake, id))).code).toBe('not_norwegian');
  });

  it("exports a Norwegian report as a Fiks IO message that validates against KS's schema", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const id = await sendReport(db, await actor(db, p.teacher));
    const message = await exportFiks(db, await actor(db, p.intake), id);
    expect(validateFiksMessage(message)).toEqual([]);
    expect(message).toMatchObject({ kommunenummer: p.municipality.code, sendingstidspunkt: RECEIVED.toISOString() });
    await expect(exportFiks(db, await actor(db, p.teacher), id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows the leader what is near or past, and counts per unit without small numbers", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const other = await buildUnit(db, { municipality_id: p.municipality.id });
    const received = { reporter_staff_id: p.teacher, municipality_id: p.municipality.id, received_at: RECEIVED };
    for (let i = 0; i < 5; i++) await buildReceivedReport(db, { ...received, reporter_unit_id: p.school.id });
    for (let i = 0; i < 2; i++) await buildReceivedReport(db, { ...received, reporter_unit_id: other.id });
    const leader = await actor(db, p.leader);

    const counts = await countsPerUnit(db, leader, '2026-11-01', '2026-11-30');
    expect(counts.units.map((u) => [u.unitName, u.received])).toEqual(
      [
        [p.school.name, 5],
        [other.name, null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // 7 in all would give the hidden 2 away.
    expect(counts.total).toBeNull();
    expect((await countsPerUnit(db, leader, '2026-12-01', '2026-12-31')).units).toEqual([]);

    const view = await deadlineView(db, leader, localInstant('2026-11-30', '09:00'));
    expect(new Set(view.items.map((i) => `${i.deadline.kind} ${i.deadline.status}`))).toEqual(new Set(['review past']));
    expect(view.items).toHaveLength(7);
    expect(JSON.stringify(view)).not.toContain('Testesen');
  });

  it("gives the reporter a PDF of the sent report, and nobody else", async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const teacher = await actor(db, p.teacher);
    const id = await sendReport(db, teacher);
    const pdf = await ownReportPdf(db, teacher, id);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    await expect(ownReportPdf(db, await actor(db, p.otherTeacher), id)).rejects.toBeInstanceOf(NotFoundError);
    const { draft } = await createDraft(db, teacher, undefined);
    expect((await refusal(ownReportPdf(db, teacher, draft.id))).code).toBe('not_submitted');
  });

  it('audits every read and write of a report', async () => {
    const { db } = use();
    const p = await buildPlace(db);
    const id = await sendReport(db, await actor(db, p.teacher));
    await readReceived(db, await actor(db, p.intake), id);
    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'actor_staff_id'])
      .where('resource_type', '=', 'concern_report')
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.action} ${e.actor_staff_id === p.teacher ? 'teacher' : 'intake'}`)).toEqual([
      'create teacher',
      'update teacher',
      'update teacher',
      'read intake',
    ]);
  });
});
