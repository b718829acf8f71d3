import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { buildServer } from '../kernel/http/server.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectInSession } from '../kernel/testing/sessions.ts';
import { readStatement, saveCost } from './cost-service.ts';
import { buildCall, buildServiceWorld } from './factories.ts';
import { onCall } from './index.ts';
import type { SaveCost } from './schema.ts';
import { onCallStatementMessages } from './web/statement-messages.ts';

type World = Awaited<ReturnType<typeof buildServiceWorld>>;

/** November 2026 on the service's wall clock: three calls about Fjordøy, one about Sundvik, two outside the month. */
async function buildNovember(db: Parameters<typeof buildServiceWorld>[0]): Promise<World> {
  const w = await buildServiceWorld(db);
  const call = (municipality_id: string, at: string, minutes_spent: number) => buildCall(db, { unit_id: w.service.id, municipality_id, received_at: new Date(at), minutes_spent });
  await call(w.host.id, '2026-10-31T23:10:00Z', 60); // 00:10 on 1 November in Oslo: counts
  await call(w.host.id, '2026-11-15T21:00:00Z', 120);
  await call(w.host.id, '2026-11-30T22:30:00Z', 30); // 23:30 on 30 November: counts
  await call(w.member.id, '2026-11-20T19:00:00Z', 90);
  await call(w.member.id, '2026-10-31T22:50:00Z', 500); // 23:50 on 31 October: not November
  await call(w.member.id, '2026-11-30T23:00:00Z', 500); // 00:00 on 1 December: not November
  return w;
}

function aSave(w: World, fields: Partial<SaveCost> = {}): SaveCost {
  return {
    month: '2026-11',
    version: 0,
    costOre: 100_000_001,
    key: { population: 50, calls: 50, minutes: 0 },
    populations: [
      { municipalityId: w.host.id, population: 12_000 },
      { municipalityId: w.member.id, population: 8_000 },
    ],
    ...fields,
  };
}

describeEachEngine('the monthly cost statement', (use, engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ db: use().db, engine, version: 'test', demo: true }, { capabilities: [onCall] });
  });
  afterAll(() => app?.close());

  it("shows the month's calls and minutes per municipality on the wall clock, and no shares before a cost is set", async () => {
    const { db } = use();
    const w = await buildNovember(db);
    const statement = await readStatement(db, await actor(db, w.hostLeader), w.service.id, '2026-11');
    expect(statement).toMatchObject({ month: '2026-11', version: 0, costOre: null, key: null, outcome: 'not_set', suggested: null });
    expect(statement.rows.map((r) => [r.name, r.population, r.calls, r.minutes, r.shareOre])).toEqual([
      ['Fjordøy', null, 3, 210, null],
      ['Sundvik', null, 1, 90, null],
    ]);
  });

  it('splits the stored cost to the øre, the same on every read; a repeated save changes nothing; a stale one is a conflict', async () => {
    const { db } = use();
    const w = await buildNovember(db);
    const leader = await actor(db, w.hostLeader);
    const saved = await saveCost(db, leader, w.service.id, aSave(w), { now: new Date('2026-12-02T09:00:00Z') });
    // 50 % population (60/40) and 50 % calls (75/25): 67.5 % and 32.5 % of 1 000 000,01 kr, the odd øre to the larger remainder.
    expect(saved).toMatchObject({ version: 1, costOre: 100_000_001, key: { population: 50, calls: 50, minutes: 0 }, outcome: 'split', updatedAt: '2026-12-02T09:00:00.000Z' });
    expect(saved.rows.map((r) => [r.population, r.shareOre])).toEqual([
      [12_000, 67_500_001],
      [8_000, 32_500_000],
    ]);
    expect(await readStatement(db, leader, w.service.id, '2026-11')).toEqual(saved);
    expect(await saveCost(db, leader, w.service.id, aSave(w))).toEqual(saved);
    await expect(saveCost(db, leader, w.service.id, aSave(w, { costOre: 5 }))).rejects.toMatchObject({ status: 409, code: 'conflict' });
    const changed = await saveCost(db, leader, w.service.id, aSave(w, { version: 1, key: { population: 0, calls: 0, minutes: 100 } }));
    // 210 and 90 minutes: 70 % and 30 %.
    expect(changed.rows.map((r) => r.shareOre)).toEqual([70_000_001, 30_000_000]);
    expect(changed.version).toBe(2);
    const audit = await db.withTables<AuditTables>().selectFrom('audit_event').select(['action', 'outcome']).where('resource_type', '=', 'on_call_statement').where('resource_id', '=', w.service.id).execute();
    expect(audit.filter((a) => a.action === 'update').length).toBe(4);
  });

  it("starts the next month from the last stored key and populations, and says when a basis is empty", async () => {
    const { db } = use();
    const w = await buildNovember(db);
    const leader = await actor(db, w.hostLeader);
    await saveCost(db, leader, w.service.id, aSave(w));
    const january = await readStatement(db, leader, w.service.id, '2027-01');
    expect(january).toMatchObject({ version: 0, suggestedFrom: '2026-11', suggested: { key: { population: 50, calls: 50, minutes: 0 }, populations: { [w.host.id]: 12_000, [w.member.id]: 8_000 } } });
    const quiet = await saveCost(db, leader, w.service.id, aSave(w, { month: '2027-01' }));
    expect(quiet).toMatchObject({ outcome: 'empty_basis', emptyBasis: 'calls' });
    expect(quiet.rows.map((r) => r.shareOre)).toEqual([null, null]);
  });

  it('refuses a key not adding up to 100, a missing or foreign population, and stores nothing', async () => {
    const { db } = use();
    const w = await buildNovember(db);
    const leader = await actor(db, w.hostLeader);
    const refusals = [
      { ...aSave(w), populations: aSave(w).populations.slice(0, 1) },
      { ...aSave(w), populations: [...aSave(w).populations, { municipalityId: w.outside.id, population: 5 }] },
    ];
    for (const input of refusals) await expect(saveCost(db, leader, w.service.id, input)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    const token = await createSession(db, w.hostLeader, 'demo');
    const response = await injectInSession(app, token, { method: 'PUT', url: `/api/units/${w.service.id}/on-call/statement`, payload: aSave(w, { key: { population: 50, calls: 40, minutes: 0 } }) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/key/population', code: 'key_not_100' }] });
    expect(await db.selectFrom('on_call_cost_month').select('month').where('unit_id', '=', w.service.id).execute()).toEqual([]);
  });

  it("is the host leader's alone: a member's leader, the worker and an evening team's leader find nothing", async () => {
    const { db } = use();
    const w = await buildNovember(db);
    for (const outsider of [w.memberLeader, w.worker, w.outsideLeader]) {
      await expect(readStatement(db, await actor(db, outsider), w.service.id, '2026-11')).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(readStatement(db, await actor(db, w.outsideLeader), w.eveningTeam.id, '2026-11')).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCost(db, await actor(db, w.memberLeader), w.service.id, aSave(w))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers the same statement as a PDF in the language asked for', async () => {
    const { db } = use();
    const w = await buildNovember(db);
    await saveCost(db, await actor(db, w.hostLeader), w.service.id, aSave(w));
    const token = await createSession(db, w.hostLeader, 'demo');
    const response = await injectInSession(app, token, { method: 'GET', url: `/api/units/${w.service.id}/on-call/statement/pdf?month=2026-11&locale=en` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfStrings(response.rawPayload).join('\n');
    const en = onCallStatementMessages.en;
    for (const expected of [en.title, 'Fjordøy', 'Sundvik', en.total, '675,000.01', '325,000.00', '1,000,000.01']) expect(text).toContain(expected);
    const bad = await injectInSession(app, token, { method: 'GET', url: `/api/units/${w.service.id}/on-call/statement/pdf?month=2026-13&locale=en` });
    expect(bad.statusCode).toBe(400);
  });
});

/** The text a PDF's uncompressed content streams show (pdfkit writes each run as hex strings). */
function pdfStrings(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\[([^\]]*)\] TJ/g)].map(([, parts]) => [...parts!.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex!, 'hex').toString('latin1')).join(''));
}
