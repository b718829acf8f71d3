/**
 * Backup and restore round trips (issue 17): a backup taken while requests keep coming restores
 * into a fresh embedded folder and a fresh PostgreSQL database with every table as the backup
 * holds it and the audit chain reaching the manifest's head; a backup of a quiet database
 * restores to exactly its content, PGlite into PostgreSQL included.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { listTables } from '../kernel/backup/dump.ts';
import { backupLines } from '../kernel/backup/read.ts';
import { restoreBackup } from '../kernel/backup/restore.ts';
import { dumpFrom, writeBackup } from '../kernel/backup/write.ts';
import { sealAuditEvents, startAuditSealer } from '../kernel/audit/seal.ts';
import { verifyAuditLog } from '../kernel/audit/verify.ts';
import { describeEachEngine, openEmptyTestDatabase, testEngines } from '../kernel/testing/databases.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { buildMatrixWorld, type MatrixWorld } from './matrix-fixture.ts';
import { buildAppServer } from './server.ts';

const KEY = 'a test key, not a secret one';
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function backupFile(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-backup-test-'));
  folders.push(folder);
  return path.join(folder, 'tidlig.backup');
}

describeEachEngine('backup and restore', (use, engine) => {
  let app: FastifyInstance;
  let world: MatrixWorld;

  beforeAll(async () => {
    world = await buildMatrixWorld(use().db);
    app = await buildAppServer({ db: use().db, engine, version: 'test', demo: true });
  });
  afterAll(async () => {
    await app.close();
  });

  /** One network contact's activity and one audited read of the register, through the API. */
  async function writeThroughApi() {
    const contact = world.staffByRole.network_contact;
    const logged = await injectAs(app, use().db, contact, {
      method: 'POST',
      url: '/api/activities',
      payload: { unitId: world.home.unitId, kind: 'staff_guidance', heldOn: TEST_TODAY, minutes: 45, people: 6, note: '', idempotencyKey: randomUUID() },
    });
    const read = await injectAs(app, use().db, world.staffByRole.unit_leader, { method: 'GET', url: `/api/units/${world.home.unitId}/register` });
    return [logged.statusCode, read.statusCode];
  }

  it('restores a backup taken while requests keep coming, table for table, into a fresh folder and a fresh database', { timeout: 300_000 }, async () => {
    expect(await writeThroughApi()).toEqual([201, 200]);
    await sealAuditEvents(use().db);
    let stop = false;
    const statuses: number[] = [];
    // As in a server: the sealer chains the audit events while the requests come.
    const sealer = startAuditSealer(use().db, (error) => {
      throw error;
    }, 20);
    const load = (async () => {
      while (!stop) statuses.push(...(await writeThroughApi()));
    })();
    const file = backupFile();
    const manifest = await writeBackup(dumpFrom(use().db, engine), file, undefined);
    stop = true;
    await load;
    await sealer.stop();
    expect(manifest.auditHead).toMatch(/^[0-9a-f]{64}$/);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([201, 200]));

    const inFile = await contentOfFile(file);
    expect(Object.keys(inFile).length).toBeGreaterThan(40);
    for (const target of testEngines) {
      const restored = await openEmptyTestDatabase(target);
      try {
        const { verdict, migrated } = await restoreBackup(restored, file, undefined);
        expect(migrated).toEqual([]);
        expect(verdict).toMatchObject({ ok: true, head: manifest.auditHead });
        expect({ target, tables: await contentOf(restored.db) }).toEqual({ target, tables: inFile });
      } finally {
        await restored.drop();
      }
    }
  });

  it('restores an encrypted backup of a quiet database to exactly its content, on either engine', { timeout: 300_000 }, async () => {
    await writeThroughApi();
    await sealAuditEvents(use().db);
    const file = backupFile();
    const manifest = await writeBackup(dumpFrom(use().db, engine), file, KEY);
    expect(fs.readFileSync(file).includes(Buffer.from(world.home.childNationalId))).toBe(false);
    const source = await contentOf(use().db);
    const head = await verifyAuditLog(use().db);
    expect(head).toMatchObject({ ok: true, head: manifest.auditHead });
    for (const target of testEngines) {
      const restored = await openEmptyTestDatabase(target);
      try {
        const { verdict } = await restoreBackup(restored, file, KEY);
        expect(verdict).toEqual(head);
        expect({ target, tables: await contentOf(restored.db) }).toEqual({ target, tables: source });
        await expect(restoreBackup(restored, file, KEY)).rejects.toThrow(/^The target database is not empty/);
      } finally {
        await restored.drop();
      }
    }
  });
});

/** Every table's rows as sorted JSON lines, times in UTC, as the backup writes them. */
async function contentOf(db: Db): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (trx) => {
    await sql`set local timezone = 'UTC'`.execute(trx);
    const content: Record<string, string[]> = {};
    for (const { table, columns } of await listTables(trx)) {
      const list = sql.join(columns.map((column) => sql.ref(column)));
      const { rows } = await sql<{ line: string }>`select row_to_json(r)::text as line from (select ${list} from ${sql.table(table)}) r`.execute(trx);
      content[table] = rows.map((row) => row.line).sort();
    }
    return content;
  });
}

async function contentOfFile(file: string): Promise<Record<string, string[]>> {
  const content: Record<string, string[]> = {};
  let table: string[] = [];
  for await (const line of backupLines(file, undefined)) {
    if (line.startsWith('T ')) content[(JSON.parse(line.slice(2)) as { table: string }).table] = table = [];
    else if (line.startsWith('R ')) table.push(line.slice(2));
  }
  for (const rows of Object.values(content)) rows.sort();
  return content;
}
