/**
 * Integration tests run on every engine Tidlig supports: always on PGlite (in memory), and
 * on PostgreSQL when DATABASE_URL is set, each test file in a database of its own that is
 * dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type Engine } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

export const testEngines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Opens a fresh, migrated database on the engine; `drop` removes every trace of it. */
export async function openTestDatabase(engine: Engine): Promise<Database & { drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    await migrate(database);
    return { ...database, drop: database.close };
  }
  const database = await openEmptyTestDatabase('postgres');
  await migrate(database);
  return database;
}

/**
 * An empty database with no schema at all (a restore's target): an embedded one in a fresh
 * folder of its own, or a new PostgreSQL database. `drop` removes the folder or the database.
 */
export async function openEmptyTestDatabase(engine: Engine): Promise<Database & { drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-test-'));
    const database = await openDatabase({ engine: 'pglite', dataDir });
    return {
      ...database,
      async drop() {
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is needed for the postgres engine');
  const name = `tidlig_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString() });
  return {
    ...database,
    async drop() {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Runs the suite once per engine with a fresh migrated database, optionally prepared by
 * `setup` (seed rows, build factories). The suite reads the database through `use()`.
 */
export function describeEachEngine(
  title: string,
  suite: (use: () => Database, engine: Engine) => void,
  setup?: (database: Database) => Promise<void>,
) {
  for (const engine of testEngines) {
    describe(`${title} [${engine}]`, () => {
      let database: (Database & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        database = await openTestDatabase(engine);
        if (setup) await setup(database);
      }, 120_000);
      afterAll(async () => {
        await database?.drop();
      });
      suite(() => {
        if (!database) throw new Error('database not open yet');
        return database;
      }, engine);
    });
  }
}
