/**
 * The production setup exactly as the README tells an operator to make it, on PostgreSQL: a
 * role that owns the tables migrates, the server logs in as a role that is only a member of
 * tidlig_app, and neither does the other's job.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneSentenceFailure, run, serveInBackground } from './run-cli.ts';

const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('the production setup on PostgreSQL', { timeout: 180_000 }, () => {
  const suffix = randomBytes(4).toString('hex');
  const owner = `tidlig_owner_${suffix}`;
  const web = `tidlig_web_${suffix}`;
  const database = `tidlig_production_${suffix}`;
  const urlFor = (role: string) => {
    const url = new URL(adminUrl!);
    url.username = role;
    url.password = '';
    url.pathname = `/${database}`;
    return url.toString();
  };
  const production = (role: string) => ({ DATABASE_URL: urlFor(role), NODE_ENV: 'production' });

  beforeAll(async () => {
    // The README's first step, as a superuser.
    await admin(`do $$ begin if not exists (select from pg_roles where rolname = 'tidlig_app') then create role tidlig_app nologin; end if; end $$`);
    await admin(`create role ${owner} login`);
    await admin(`create database ${database} owner ${owner}`);
  });

  afterAll(async () => {
    await admin(`drop database if exists ${database} with (force)`);
    await admin(`drop role if exists ${web}`);
    await admin(`drop role if exists ${owner}`);
  });

  it('migrates as the owner, serves as a member of tidlig_app, and refuses a schema behind its code', async () => {
    const migrated = await run(['migrate'], production(owner));
    expect(migrated.stderr).toBe('');
    expect(migrated.stdout).toMatch(/Applied \d+ migration/);

    await admin(`create role ${web} login in role tidlig_app`);
    const url = await serveInBackground(production(web));
    expect((await fetch(`${url}/api/health`)).status).toBe(200);

    const refusedMigrate = await run(['migrate'], production(web));
    expectOneSentenceFailure(refusedMigrate, /may not change the schema: run "tidlig migrate" as the role that owns the tables/);

    const newest = await admin(`select name from schema_migration order by name desc limit 1`, database);
    await admin(`delete from schema_migration where name = '${newest}'`, database);
    const refusedStart = await run(['serve'], { ...production(web), PORT: '0' });
    expectOneSentenceFailure(refusedStart, new RegExp(`lacks 1 migration\\(s\\), from ${newest} on: run "tidlig migrate"`));
  });
});

async function admin(text: string, database?: string): Promise<string | undefined> {
  const url = new URL(adminUrl!);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const result = await client.query(text);
    return result.rows[0]?.name as string | undefined;
  } finally {
    await client.end();
  }
}
