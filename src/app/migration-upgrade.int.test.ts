/**
 * Every migration applied to a database that already holds data (issue 17), not only to an
 * empty one. The data is today's demo and the access-matrix world, taken as a backup and loaded
 * table by table as the schema grows: right after the migration that creates a table, its rows
 * go in (in the columns the table has at that point), so each later migration runs on every
 * table that existed before it, filled. Tables a migration fills itself (the countries) keep
 * the migration's rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import type { ScriptRunner } from '../kernel/db/database.ts';
import { applyMigrations, migrationFiles } from '../kernel/db/migrate.ts';
import { recordAudit } from '../kernel/audit/record.ts';
import { sealAuditEvents } from '../kernel/audit/seal.ts';
import { listTables } from '../kernel/backup/dump.ts';
import { loadRows } from '../kernel/backup/restore.ts';
import { dumpFrom, writeBackup } from '../kernel/backup/write.ts';
import { describeEachEngine, openEmptyTestDatabase } from '../kernel/testing/databases.ts';
import { TEST_TODAY } from '../kernel/testing/test-clock.ts';
import { buildMatrixWorld } from './matrix-fixture.ts';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-upgrade-test-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describeEachEngine('migrations on a database holding data', (use, engine) => {
  it('applies every migration, in order, to a database whose existing tables are filled', { timeout: 600_000 }, async () => {
    await seedDemo(use().db, { seed: 1, scale: 'default' }, TEST_TODAY);
    const world = await buildMatrixWorld(use().db);
    // Audit events too, with and without a child, so the log's own migration (0014) meets some.
    await use().db.transaction().execute(async (trx) => {
      for (const childId of [null, world.home.childId]) {
        await recordAudit(trx, { actor: null, action: 'read', resourceType: 'child', resourceId: world.home.childId, childId, outcome: 'allowed' });
      }
    });
    // Chained, as every event was before sealing moved off the request path (0029): the older
    // schemas hold no event without a hash.
    await sealAuditEvents(use().db);
    const file = path.join(folder, `${engine}.backup`);
    const manifest = await writeBackup(dumpFrom(use().db, engine), file, undefined);

    const target = await openEmptyTestDatabase(engine);
    try {
      const filled = new Set<string>();
      for (const migration of migrationFiles()) {
        await target.inScriptTransaction(async (runner) => {
          expect(await applyMigrations(runner, [migration])).toEqual([migration]);
          await fillNewTables(runner, file, filled);
        });
      }
      const counts: Record<string, number> = {};
      for (const { table } of await listTables(target.db)) {
        const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(target.db);
        counts[table] = rows[0]?.count ?? 0;
      }
      expect(counts).toEqual(manifest.tables);
      expect(manifest.tables.audit_event).toBeGreaterThan(0);
    } finally {
      await target.drop();
    }
  });
});

/** Loads the backup's rows of each table that exists now, is still empty and was not filled yet. */
async function fillNewTables(runner: ScriptRunner, file: string, filled: Set<string>): Promise<void> {
  const existing = await runner.query<{ table: string; columns: string[] }>(
    `select c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
     from pg_class c
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> 'schema_migration'
     group by c.relname`,
  );
  const empty = new Map<string, string[]>();
  for (const { table, columns } of existing) {
    if (filled.has(table)) continue;
    filled.add(table);
    const [row] = await runner.query<{ present: boolean }>(`select exists (select from "${table}") as present`);
    if (!row?.present) empty.set(table, columns);
  }
  if (empty.size === 0) return;
  // The fixture is consistent; tables created by one migration may refer to each other in any order.
  await runner.exec('set local session_replication_role = replica');
  await loadRows(runner, file, undefined, ({ table, columns }) => {
    const there = empty.get(table);
    return there ? columns.filter((column) => there.includes(column)) : undefined;
  });
  await runner.exec('set local session_replication_role = origin');
}
