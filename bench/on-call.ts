/**
 * The call log under a year of a busy service: 20,000 calls about two municipalities (about
 * 55 a day), then the three reads and the write an on-call night makes, each timed many times.
 *
 *   npx tsx bench/on-call.ts            (embedded PGlite)
 *   DATABASE_URL=postgres://… npx tsx bench/on-call.ts
 *
 * Prints the median and 95th percentile per operation; no goal is asserted.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { actor } from '../src/kernel/testing/actors.ts';
import { openTestDatabase } from '../src/kernel/testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../src/kernel/testing/register-factories.ts';
import { listCalls, logCall, readHandover, takeOver } from '../src/on-call/service.ts';

const CALLS = Number(process.env.BENCH_CALLS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const NOW = new Date('2026-11-24T08:00:00Z');

const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const database = await openTestDatabase(engine);
const { db } = database;
try {
  const host = await buildMunicipality(db, { name: 'Fjordøy' });
  const member = await buildMunicipality(db, { name: 'Sundvik' });
  const cooperation = await db.insertInto('cooperation').values({ name: 'Vakta', kind: 'on_call', host_municipality_id: host.id }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('cooperation_member').values([host, member].map((m) => ({ cooperation_id: cooperation.id, municipality_id: m.id }))).execute();
  const service = await buildUnit(db, { municipality_id: host.id, kind: 'on_call_service', cooperation_id: cooperation.id });
  const welfare = await buildUnit(db, { municipality_id: member.id, kind: 'child_welfare' });
  const worker = await buildStaff(db, { municipality_id: host.id });
  await buildMembership(db, { staff_id: worker.id, unit_id: service.id, role: 'on_call_worker' });
  const intake = await buildStaff(db, { municipality_id: member.id });
  await buildMembership(db, { staff_id: intake.id, unit_id: welfare.id, role: 'intake_worker' });

  const seeded = performance.now();
  await sql`
    insert into on_call_call (unit_id, municipality_id, received_at, caller, category, responses, placement, minutes_spent, summary, follow_up, taken_over_at)
    select ${service.id}::uuid, case when n % 3 = 0 then ${member.id}::uuid else ${host.id}::uuid end,
           ${NOW}::timestamptz - (n * interval '26 minutes'), 'police', 'conflict_at_home', array['home_visit']::text[], 'not_considered', 60,
           'Hjemmebesøk etter melding fra politiet.', n % 2 = 0, case when n % 2 = 0 and n > 100 then ${NOW}::timestamptz - (n * interval '26 minutes') + interval '12 hours' end
    from generate_series(1, ${CALLS}) as n`.execute(db);
  console.log(`engine: ${engine}, ${CALLS} calls seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s, ${ROUNDS} rounds each`);

  const workerActor = await actor(db, worker.id);
  const intakeActor = await actor(db, intake.id);
  await time('list the night (GET /api/units/:id/on-call/calls)', () => listCalls(db, workerActor, service.id, '2026-11-23', { now: NOW }));
  await time('read the handover (GET /api/units/:id/on-call/handover)', () => readHandover(db, intakeActor, welfare.id, '2026-11-24', { now: NOW }));
  const logged: string[] = [];
  await time('log a call (POST /api/units/:id/on-call/calls)', async () => {
    const { call } = await logCall(db, workerActor, service.id, newCall(member.id), { now: NOW });
    logged.push(call.id);
  });
  await time('take a call over (POST /api/on-call/calls/:id/take-over)', () => takeOver(db, intakeActor, logged.pop()!, 1, { now: NOW }));
} finally {
  await database.drop();
}

function newCall(municipalityId: string) {
  return {
    municipalityId,
    receivedAt: '2026-11-23T22:40:00Z',
    caller: 'police' as const,
    category: 'conflict_at_home' as const,
    responses: ['home_visit' as const],
    placement: 'prevented' as const,
    placementMadeAt: null,
    minutesSpent: 90,
    summary: 'Hjemmebesøk sammen med politiet; plassering avverget.',
    followUp: true,
    workerStaffIds: [],
    idempotencyKey: randomUUID(),
  };
}

async function time(label: string, run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}
