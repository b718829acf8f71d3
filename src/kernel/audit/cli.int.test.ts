/**
 * `tidlig audit verify` end to end, on a PGlite data folder: seeded through a Database that
 * is closed again before the command runs (a folder is used by one process at a time).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { eventIds, recordAlone, tamperWithPurpose } from './testing.ts';

const BIN = path.resolve(import.meta.dirname, '../../../bin/tidlig.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-audit-'));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ engine: 'pglite', dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function tidlig(args: string[], folder = dataDir) {
  const { DATABASE_URL: _url, ...env } = process.env;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...env, TIDLIG_DATA_DIR: folder } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tidlig audit verify and seal', () => {
  it('says the log is intact, then names the event a superuser changed', async () => {
    const ids = await withDatabase(async (database) => {
      await migrate(database);
      for (const resourceId of ['barn-1', 'barn-2', 'barn-3']) {
        await recordAlone(database.db, { actor: null, action: 'read', resourceType: 'child', resourceId, outcome: 'allowed' });
      }
      return eventIds(database.db);
    });

    // No server ran to seal them: verify says so, naming the oldest; `audit seal` does it.
    const waiting = await tidlig(['audit', 'verify']);
    expect(waiting.code).toBe(1);
    expect(waiting.stderr).toBe(
      `Audit event ${ids[0]} is not sealed into the chain 1 s after it was seen committed: no Tidlig server is sealing (start one, or run "tidlig audit seal").\n`,
    );
    expect(await tidlig(['audit', 'seal'])).toMatchObject({ code: 0, stdout: 'Sealed 3 audit event(s).\n' });

    const intact = await tidlig(['audit', 'verify']);
    expect(intact).toMatchObject({ code: 0, stderr: '' });
    expect(intact.stdout).toMatch(/^Audit log intact: 3 events\.\nHead: [0-9a-f]{64}\n$/);
    const head = /Head: (\S+)/.exec(intact.stdout)?.[1] ?? '';
    const shipped = await tidlig(['audit', 'verify', '--json']);
    expect(JSON.parse(shipped.stdout)).toEqual({ checkedAt: expect.any(String), intact: true, events: 3, head });

    await withDatabase(({ db }) => tamperWithPurpose(db, ids[1] as string, 'nysgjerrig'));

    const broken = await tidlig(['audit', 'verify', '--anchor', head]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      `Audit log broken at event ${ids[1]}: hash_mismatch (the event was changed after it was written).\n`,
    );
  }, 120_000);

  it('asks for a migration when there is no audit log yet, in one sentence', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-audit-empty-'));
    try {
      const result = await tidlig(['audit', 'verify'], empty);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^tidlig: There is no audit log in embedded PGlite in .+ yet; run "tidlig migrate" first\.\n$/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses an anchor that is not a hash, in one sentence', async () => {
    const result = await tidlig(['audit', 'verify', '--anchor', 'abc']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/the anchor must be 64 lower-case hex digits/);
  });
});
