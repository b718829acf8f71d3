/**
 * What restore refuses, and an older backup brought up to the code's schema. The round trips
 * with real data on both engines are in src/app/backup.int.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate, migrationFiles, MIGRATIONS_DIR } from '../db/migrate.ts';
import { buildMunicipality } from '../testing/register-factories.ts';
import { restoreBackup } from './restore.ts';
import { dumpFrom, writeBackup } from './write.ts';

const KEY = 'a test key, not a secret one';
const folders: string[] = [];
const open: Database[] = [];

afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-backup-test-'));
  folders.push(dir);
  return dir;
}

async function memoryDatabase(): Promise<Database> {
  const database = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
  open.push(database);
  return database;
}

/** The migrations folder of the Tidlig before the latest migration. */
function olderMigrations(): { dir: string; latest: string } {
  const dir = folder();
  const names = migrationFiles();
  for (const name of names.slice(0, -1)) fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name));
  return { dir, latest: names.at(-1)! };
}

async function backupOf(database: Database, key?: string): Promise<string> {
  const file = path.join(folder(), 'tidlig.backup');
  await writeBackup(dumpFrom(database.db, database.engine), file, key);
  return file;
}

// Each case opens and migrates embedded databases: slow on a busy two-core machine.
describe('restore', { timeout: 180_000 }, () => {
  it('brings a backup of an older schema up to the code: rows first, then the later migrations', async () => {
    const older = olderMigrations();
    const source = await memoryDatabase();
    await migrate(source, older.dir);
    const municipality = await buildMunicipality(source.db);
    const file = await backupOf(source);

    const target = await memoryDatabase();
    const restored = await restoreBackup(target, file, undefined);
    expect(restored.manifest.schemaVersion).toBe(migrationFiles(older.dir).at(-1));
    expect(restored.migrated).toEqual([older.latest]);
    expect(restored.verdict.ok).toBe(true);
    expect(await target.db.selectFrom('municipality').select('name').where('id', '=', municipality.id).executeTakeFirst()).toEqual({ name: municipality.name });
    // The planner knows the restored tables' sizes at once (never analysed reads -1).
    const { rows } = await sql<{ reltuples: number }>`select reltuples from pg_class where oid = 'municipality'::regclass`.execute(target.db);
    expect(rows[0]?.reltuples).toBe(1);
  });

  it('refuses a backup from a newer Tidlig', async () => {
    const source = await memoryDatabase();
    await migrate(source);
    const file = await backupOf(source);
    await expect(restoreBackup(await memoryDatabase(), file, undefined, olderMigrations().dir)).rejects.toThrow(
      /^This backup was taken by a newer Tidlig \(.*, schema .*\); restore it with that version or a later one\.$/,
    );
  });

  it('refuses an encrypted backup without its key or with another, and a changed or cut file', async () => {
    const source = await memoryDatabase();
    await migrate(source);
    await buildMunicipality(source.db);
    const encrypted = await backupOf(source, KEY);
    // Each refusal comes before the target is touched, so one empty target serves them all.
    const target = await memoryDatabase();
    await expect(restoreBackup(target, encrypted, undefined)).rejects.toThrow(/is encrypted: set TIDLIG_BACKUP_KEY/);
    await expect(restoreBackup(target, encrypted, 'another key of some length')).rejects.toThrow(/could not be decrypted/);

    const bytes = fs.readFileSync(encrypted);
    const changed = Buffer.from(bytes);
    changed[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(encrypted, changed);
    await expect(restoreBackup(target, encrypted, KEY)).rejects.toThrow(/could not be decrypted/);

    const plain = await backupOf(source);
    fs.writeFileSync(plain, fs.readFileSync(plain).subarray(0, -200));
    await expect(restoreBackup(target, plain, undefined)).rejects.toThrow(/damaged or incomplete/);
  });

  it('never writes a backup over another file', async () => {
    const source = await memoryDatabase();
    await migrate(source);
    const file = await backupOf(source);
    const before = fs.readFileSync(file);
    await expect(writeBackup(dumpFrom(source.db, source.engine), file, undefined)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
