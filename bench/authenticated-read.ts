/**
 * Authenticated, audited reads next to unauthenticated /api/health, on the same server in one
 * run, with the load generated from a separate process (bench/load.ts). Each audited read is a
 * session lookup, the actor, one policy decision, the page's queries and an audit event in the
 * same transaction; the sealer chains the events meanwhile, and its delay is read back from the
 * log afterwards (insert to seal: an upper bound on commit to seal).
 *
 *   npx tsx bench/authenticated-read.ts                      (embedded PGlite, demo scale)
 *   DATABASE_URL=postgres://…/empty_db npx tsx bench/authenticated-read.ts [--scale oslo]
 *
 * Three reads: the unit page, a child's record and the intake queue, each first as fast as the
 * server answers (the ratio to health), then held at BENCH_RATE requests a second (default 500,
 * the goal's rate: the latency a municipality would see at that load).
 *
 * Goal (issue 12): audited reads ≥ 50 % of health, p99 < 50 ms at 500 req/s, Oslo scale, on
 * PostgreSQL; sealing delay at most 1 s.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { startApp } from '../src/app/start.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { readConfig } from '../src/kernel/config.ts';
import { openDatabase } from '../src/kernel/db/database.ts';
import { migrate } from '../src/kernel/db/migrate.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'default' } } });
const scale = values.scale === 'oslo' ? 'oslo' : 'default';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const RATE = Number(process.env.BENCH_RATE ?? 500);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-bench-'));
const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '1', NODE_ENV: 'development' };
await seedFirst(scale);
const app = await startApp({ env });
try {
  const teacher = await logInAs(app.url, 'staff');
  const intake = await logInAs(app.url, 'intake_worker');
  const unitId = await currentUnitOf(app.url, teacher);
  const childId = await firstChildOf(app.url, teacher, unitId);
  const since = await databaseNow();

  const reads: [string, string, string][] = [
    ['GET /api/organisation/units/:id (teacher)', `${app.url}/api/organisation/units/${unitId}`, teacher],
    ['GET /api/children/:id (teacher)', `${app.url}/api/children/${childId}`, teacher],
    ['GET /api/concern-reports/intake (intake worker)', `${app.url}/api/concern-reports/intake`, intake],
  ];
  const health = await load(`${app.url}/api/health`);
  const fastest: [string, Load][] = [['GET /api/health (no login)', health]];
  for (const [label, url, cookie] of reads) fastest.push([label, await load(url, cookie)]);
  const held: [string, Load][] = [];
  for (const [label, url, cookie] of reads) held.push([label, await load(url, cookie, RATE)]);
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // the sealer's last round

  console.log(`engine: ${app.engine}, scale ${scale}, ${CONNECTIONS} connections, ${SECONDS} s each, load from a separate process`);
  console.log('As fast as the server answers:');
  for (const [label, result] of fastest) console.log(`  ${label}: ${describe(result)} (${((result.rps / health.rps) * 100).toFixed(0)} % of health)`);
  console.log(`Held at ${RATE} req/s:`);
  for (const [label, result] of held) console.log(`  ${label}: ${describe(result)}`);
  console.log(await sealingDelay(since));
} finally {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

function describe(result: Load): string {
  return `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.failed ? `, ${result.failed} failed` : ''}`;
}

function load(url: string, cookie?: string, rate?: number): Promise<Load> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'load.ts'), JSON.stringify({ url, cookie, connections: CONNECTIONS, seconds: SECONDS, rate })], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`load generator exited ${code}`)))),
  );
}

/** The Oslo scale is seeded before the server starts (which would seed the default one). */
async function seedFirst(chosen: 'default' | 'oslo') {
  if (chosen === 'default') return;
  const database = await openDatabase(readConfig(env).database);
  try {
    await migrate(database);
    await seedDemo(database.db, { seed: 1, scale: 'oslo' });
  } finally {
    await database.close();
  }
}

async function databaseNow(): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(app.db);
  return rows[0]!.now;
}

async function sealingDelay(since: Date): Promise<string> {
  const { rows } = await sql<{ events: number; p99: number | null; max: number | null; unsealed: number }>`
    select count(*)::int as events,
           percentile_disc(0.99) within group (order by extract(epoch from sealed_at - occurred_at)) * 1000 as p99,
           max(extract(epoch from sealed_at - occurred_at)) * 1000 as max,
           count(*) filter (where position is null)::int as unsealed
    from audit_event where occurred_at >= ${since}
  `.execute(app.db);
  const row = rows[0]!;
  return `sealing delay of ${row.events} audit events: p99 ${Number(row.p99).toFixed(0)} ms, max ${Number(row.max).toFixed(0)} ms, ${row.unsealed} left unsealed`;
}

async function logInAs(url: string, role: string): Promise<string> {
  const session = await fetch(`${url}/api/session`);
  const csrfCookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const { people } = (await (await fetch(`${url}/api/auth/demo/people`)).json()) as { people: { staffId: string; role: string }[] };
  const person = people.find((p) => p.role === role);
  if (!person) throw new Error(`no demo ${role}`);
  const login = await fetch(`${url}/api/auth/demo/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ staffId: person.staffId }),
  });
  if (login.status !== 204) throw new Error(`demo login failed: ${login.status}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function currentUnitOf(url: string, cookie: string): Promise<string> {
  const session = (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()) as { user: { currentUnit: { id: string } } };
  return session.user.currentUnit.id;
}

async function firstChildOf(url: string, cookie: string, unitId: string): Promise<string> {
  const register = (await (await fetch(`${url}/api/units/${unitId}/register`, { headers: { cookie } })).json()) as { children: { id: string }[] };
  const child = register.children[0];
  if (!child) throw new Error('the demo unit has no children');
  return child.id;
}
