import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, ScriptRunner } from './database.ts';
import { LOCK_KEYS } from './lock-keys.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/**
 * Applies every migration in migrations/ that has not been applied, in name order, in one
 * transaction. Running it again changes nothing; two processes running it at once wait for
 * each other on an advisory lock. Returns the names applied now.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  return database.inScriptTransaction((runner) => applyMigrations(runner, migrationFiles(dir), dir));
}

/**
 * Applies those of `names` (migration files in `dir`) not yet applied, in name order, inside the
 * caller's transaction: a restore builds the schema a backup was taken at this way, loads its
 * rows, and only then applies the later migrations.
 */
export async function applyMigrations(runner: ScriptRunner, names: readonly string[], dir = MIGRATIONS_DIR): Promise<string[]> {
  await runner.query('select pg_advisory_xact_lock($1)', [LOCK_KEYS.migrate]);
  await runner.exec(
    'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set(
    (await runner.query<{ name: string }>('select name from schema_migration')).map((row) => row.name),
  );
  const pending = [...names].sort().filter((name) => !done.has(name));
  for (const name of pending) {
    await runner.exec(fs.readFileSync(path.join(dir, name), 'utf8'));
    await runner.query('insert into schema_migration (name) values ($1)', [name]);
  }
  return pending;
}

/**
 * The migrations not yet applied, found by reading only: the application's role may not create
 * or change tables, so a server running as it checks and leaves migrating to the owner.
 */
export async function pendingMigrations(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = migrationFiles(dir);
  return database.inScriptTransaction(async (runner) => {
    const [table] = await runner.query<{ present: boolean }>("select to_regclass('schema_migration') is not null as present");
    if (!table?.present) return files;
    const done = new Set((await runner.query<{ name: string }>('select name from schema_migration')).map((row) => row.name));
    return files.filter((name) => !done.has(name));
  });
}

/** The migrations this version of Tidlig knows, in the order they apply. */
export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}
