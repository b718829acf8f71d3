/**
 * Several servers on one PostgreSQL, started at the same moment on an empty demo database: the
 * migrations are applied once, the demo is seeded once, and every server comes up on it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate.ts';
import { startApp, type RunningApp } from './start.ts';

const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('two servers starting at once on an empty demo database', { timeout: 240_000 }, () => {
  const name = `tidlig_start_${randomBytes(4).toString('hex')}`;
  const apps: RunningApp[] = [];

  beforeAll(async () => {
    await admin(`create database ${name}`);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('both serve, one seeded and the other found its data', async () => {
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), PORT: '0', HOST: '127.0.0.1', TIDLIG_DEMO: '1', NODE_ENV: 'test' };
    const started = await Promise.allSettled([startApp({ env }), startApp({ env })]);
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);

    expect(started.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(apps.map((app) => app.seeded).sort()).toEqual([false, true]);
    expect(apps.flatMap((app) => app.migrationsApplied).length).toBeGreaterThan(0);
    expect(apps.filter((app) => app.migrationsApplied.length > 0)).toHaveLength(1);
    for (const app of apps) expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    // Seeded once: the demo's municipalities are there once, not twice.
    expect(await admin('select count(*)::int as n from municipality', name)).toBe(generateDemo({ seed: 1, scale: 'default' }).municipality.length);
  });
});

async function admin(text: string, database?: string): Promise<unknown> {
  const url = new URL(adminUrl!);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(text)).rows[0]?.n;
  } finally {
    await client.end();
  }
}
