/**
 * What a load balancer and Prometheus see (issue 17): readiness that says no while a migration
 * is missing, the database is gone or the audit sealer lags, and /metrics open to this machine or the token only, its
 * labels route patterns, never a raw URL.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sealAuditEvents } from '../kernel/audit/seal.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { migrationFiles } from '../kernel/db/migrate.ts';
import { startRepeating } from '../kernel/jobs/repeating.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { buildAppServer } from './server.ts';

const TOKEN = 'a metrics token of some length';

describeEachEngine('operations endpoints', (use, engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildAppServer({ db: use().db, engine, version: 'test', demo: false, metricsToken: TOKEN });
  });
  afterAll(() => app.close());

  it('is ready on a migrated database, and not while a migration is missing', async () => {
    const ready = await app.inject('/api/health/ready');
    expect({ status: ready.statusCode, body: ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });

    const latest = migrationFiles().at(-1)!;
    await sql`delete from schema_migration where name = ${latest}`.execute(use().db);
    try {
      const pending = await app.inject('/api/health/ready');
      expect({ status: pending.statusCode, body: pending.json() }).toEqual({ status: 503, body: { status: 'not_ready' } });
    } finally {
      await sql`insert into schema_migration (name) values (${latest})`.execute(use().db);
    }
    expect((await app.inject('/api/health/ready')).statusCode).toBe(200);
  });

  it('is not ready while an audit event has waited for the sealer longer than it may, and ready once sealed', async () => {
    const { db } = use();
    await sealAuditEvents(db);
    // An event from before the sealer stopped: written by the owner, dated 11 s back.
    await sql`insert into audit_event (occurred_at, action, resource_type, outcome)
              values (clock_timestamp() - interval '11 seconds', 'read', 'child', 'allowed')`.execute(db);
    const lagging = await app.inject('/api/health/ready');
    expect({ status: lagging.statusCode, body: lagging.json() }).toEqual({ status: 503, body: { status: 'not_ready' } });
    await sealAuditEvents(db);
    expect((await app.inject('/api/health/ready')).statusCode).toBe(200);
  });

  it('is not ready when the database cannot be reached, and says no more than that', async () => {
    const gone = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    await gone.close();
    const orphan = await buildAppServer({ db: gone.db, engine: 'pglite', version: 'test', demo: false });
    try {
      const answer = await orphan.inject('/api/health/ready');
      expect({ status: answer.statusCode, body: answer.json() }).toEqual({ status: 503, body: { status: 'not_ready' } });
    } finally {
      await orphan.close();
    }
  });

  it('counts requests by route pattern and status, audit events and job runs, for this machine or the token only', async () => {
    const municipality = await buildMunicipality(use().db);
    const unit = await buildUnit(use().db, { municipality_id: municipality.id });
    const leader = await buildPerson(use().db, 'unit_leader', unit);
    const before = await scrape(app);
    expect((await injectAs(app, use().db, leader, { method: 'GET', url: `/api/units/${unit.id}/register` })).statusCode).toBe(200);
    const jobs = [
      startRepeating(async () => undefined, { name: 'probe', intervalMs: 60_000, runAtStart: true }),
      startRepeating(async () => Promise.reject(new Error('probe failed')), { name: 'probe', intervalMs: 60_000, runAtStart: true }),
    ];
    for (const job of jobs) await job.stop();

    const after = await scrape(app);
    expect(after).toMatch(/^tidlig_http_requests_total\{method="GET",route="\/api\/units\/:id\/register",status="200"\} \d+$/m);
    expect(after).toMatch(/^tidlig_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/units\/:id\/register",status="200"\} \d+$/m);
    expect(after).not.toContain(unit.id);
    expect(valueOf(after, 'tidlig_audit_events_written_total')).toBeGreaterThan(valueOf(before, 'tidlig_audit_events_written_total'));
    const runs = (outcome: string, text: string) => valueOf(text, `tidlig_job_runs_total{job="probe",outcome="${outcome}"}`);
    expect(runs('ok', after) - runs('ok', before)).toBe(1);
    expect(runs('failed', after) - runs('failed', before)).toBe(1);
    // PostgreSQL's pool is watched: at least the connection this test used is open.
    const pooled = ['in_use', 'idle'].reduce((sum, state) => sum + valueOf(after, `tidlig_db_pool_connections{state="${state}"}`), 0);
    if (engine === 'postgres') expect(pooled).toBeGreaterThan(0);

    const proxied = { 'x-forwarded-for': '203.0.113.9' };
    expect((await app.inject({ url: '/metrics', headers: proxied })).statusCode).toBe(403);
    expect((await app.inject({ url: '/metrics', headers: { ...proxied, authorization: 'Bearer not the token at all, no' } })).statusCode).toBe(403);
    expect((await app.inject({ url: '/metrics', headers: { ...proxied, authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);
  });
});

async function scrape(app: FastifyInstance): Promise<string> {
  const response = await app.inject('/metrics');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
}

/** A sample's value, 0 when it has not been counted yet. */
function valueOf(text: string, sample: string): number {
  const line = text.split('\n').find((entry) => entry.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}
