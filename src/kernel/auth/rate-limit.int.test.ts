/**
 * Login rate limits live in the database: one server limits at exactly the limit and lets the
 * client in again when the window has passed; two servers on one PostgreSQL count the same
 * attempts, so spreading logins over both gains nothing.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holdClockAt } from '../../time/clock.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { buildServer } from '../http/server.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { csrfFor } from '../testing/sessions.ts';
import { TEST_NOW } from '../testing/test-clock.ts';

// The demo login's limit (session-routes.ts): 20 a minute from one address.
const LIMIT = 20;
const NOBODY = '7f1c2d3e-0000-4000-8000-000000000000';

async function tryLogin(app: FastifyInstance): Promise<number> {
  const { cookies, headers } = await csrfFor(app);
  const response = await app.inject({ method: 'POST', url: '/api/auth/demo/login', cookies, headers, payload: { staffId: NOBODY } });
  return response.statusCode;
}

describeEachEngine('the login rate limit on one server', (use, engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ db: use().db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());
  afterEach(() => holdClockAt(TEST_NOW));

  it('refuses the attempt after the limit until the window has passed, keeps no address and no ended window', async () => {
    const answers: number[] = [];
    for (let i = 0; i <= LIMIT; i++) answers.push(await tryLogin(app));
    expect(answers.slice(0, LIMIT).every((status) => status === 404)).toBe(true);
    expect(answers[LIMIT]).toBe(429);

    // Another client's window that ends before this one's: gone when the next window starts.
    await use().db.insertInto('rate_limit_window').values({ key_hash: 'f'.repeat(64), hits: 3, resets_at: new Date(TEST_NOW.getTime() + 1_000) }).execute();
    holdClockAt(new Date(TEST_NOW.getTime() + 61_000));
    expect(await tryLogin(app)).toBe(404);
    const rows = await use().db.selectFrom('rate_limit_window').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ hits: 1 });
    expect(rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('the login rate limit on two servers sharing one PostgreSQL', () => {
  const name = `tidlig_limit_${randomBytes(4).toString('hex')}`;
  const databases: Database[] = [];
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    for (let i = 0; i < 2; i++) databases.push(await openDatabase({ engine: 'postgres', url: url.toString() }));
    await migrate(databases[0]!);
    for (const { db } of databases) apps.push(await buildServer({ db, engine: 'postgres', version: 'test', demo: true }));
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await Promise.all(databases.map((database) => database.close()));
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('counts the attempts of both: the one after the limit is refused, whichever server gets it', async () => {
    // Sent at once, half to each: the count is exact only if every hit is one atomic step.
    const answers = await Promise.all(Array.from({ length: LIMIT }, (_, i) => tryLogin(apps[i % 2]!)));
    expect(answers.filter((status) => status === 429)).toHaveLength(0);
    expect(await tryLogin(apps[0]!)).toBe(429);
    expect(await tryLogin(apps[1]!)).toBe(429);
  });
});

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
