/**
 * Authenticated-read throughput next to unauthenticated /api/health, on the same server in
 * one run. The authenticated read is a unit page: session lookup, actor load, policy
 * decision, the queries, and an audit event written in the same transaction.
 *
 *   npx tsx bench/authenticated-read.ts            (embedded PGlite)
 *   DATABASE_URL=postgres://… npx tsx bench/authenticated-read.ts
 *
 * Goal (issue 3): authenticated ≥ 50 % of health.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startApp } from '../src/app/start.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-bench-'));
const app = await startApp({
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TIDLIG_DATA_DIR: dataDir, TIDLIG_DEMO: '1', NODE_ENV: 'development' },
});
try {
  const cookie = await logInAsTeacher(app.url);
  const unitId = await firstUnitOf(app.url, cookie);

  const health = await run(`${app.url}/api/health`);
  const read = await run(`${app.url}/api/organisation/units/${unitId}`, cookie);

  console.log(`engine: ${app.engine}, ${CONNECTIONS} connections, ${SECONDS} s each`);
  report('GET /api/health (no login)', health);
  report('GET /api/organisation/units/:id (login, policy, audit)', read);
  console.log(`authenticated / health: ${((read.requests.average / health.requests.average) * 100).toFixed(0)} %`);
} finally {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function logInAsTeacher(url: string): Promise<string> {
  const session = await fetch(`${url}/api/session`);
  const csrfCookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const { people } = (await (await fetch(`${url}/api/auth/demo/people`)).json()) as {
    people: { staffId: string; role: string }[];
  };
  const teacher = people.find((p) => p.role === 'staff');
  if (!teacher) throw new Error('no demo teacher');
  const login = await fetch(`${url}/api/auth/demo/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ staffId: teacher.staffId }),
  });
  if (login.status !== 204) throw new Error(`demo login failed: ${login.status}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function firstUnitOf(url: string, cookie: string): Promise<string> {
  const session = (await (await fetch(`${url}/api/session`, { headers: { cookie } })).json()) as {
    user: { currentUnit: { id: string } };
  };
  return session.user.currentUnit.id;
}

function run(url: string, cookie?: string) {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} });
}

function report(label: string, result: autocannon.Result) {
  const failed = result.non2xx + result.errors;
  console.log(
    `${label}: ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
      (failed ? `, ${failed} failed` : ''),
  );
}
