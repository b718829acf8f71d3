/**
 * `tidlig restore`: a checked backup into an empty database. The schema is built as it was when
 * the backup was taken (its migrations), the rows are loaded, and only then are the later
 * migrations applied, so an old backup comes up to the code's schema the way a live database
 * would. The audit chain is then verified against the head the manifest names.
 */
import { sql } from 'kysely';
import { verifyAuditLog } from '../audit/verify.ts';
import type { ChainVerdict } from '../audit/chain.ts';
import type { Database, ScriptRunner } from '../db/database.ts';
import { applyMigrations, migrate, migrationFiles, MIGRATIONS_DIR } from '../db/migrate.ts';
import { OperatorError } from '../errors.ts';
import type { Manifest, SequenceLine, TableLine } from './dump.ts';
import { backupLines, checkBackup } from './read.ts';

const INSERT_ROWS = 500;

export interface Restored {
  manifest: Manifest;
  /** Migrations newer than the backup, applied after its rows were loaded. */
  migrated: string[];
  verdict: ChainVerdict;
}

/** Checks the file, refuses what cannot be restored here, and restores it into `database`. */
export async function restoreBackup(database: Database, file: string, key: string | undefined, dir = MIGRATIONS_DIR): Promise<Restored> {
  const manifest = await checkBackup(file, key);
  const known = new Set(migrationFiles(dir));
  if (manifest.migrations.some((name) => !known.has(name))) {
    throw new OperatorError(
      `This backup was taken by a newer Tidlig (${manifest.tidligVersion}, schema ${manifest.schemaVersion}); restore it with that version or a later one.`,
    );
  }
  if (!(await isEmpty(database))) {
    throw new OperatorError('The target database is not empty; restore only into an empty database or an empty data folder.');
  }
  await database.inScriptTransaction(async (runner) => {
    await applyMigrations(runner, manifest.migrations, dir);
    const foreignKeys = await dropForeignKeys(runner);
    await clearReferenceRows(runner);
    const loaded = await loadRows(runner, file, key);
    // Adding the keys back checks every reference in the loaded rows.
    for (const key of foreignKeys) {
      await runner
        .exec(`alter table ${key.table} add constraint ${ident(key.name)} ${key.definition}`)
        .catch(refusedBy(`the reference ${key.name} of ${key.table}`));
    }
    for (const [table, count] of Object.entries(manifest.tables)) {
      if (loaded.get(table) !== count) throw new OperatorError('The backup file is damaged: a table holds another number of rows than its manifest says.');
    }
  });
  const migrated = await migrate(database, dir);
  // Loaded tables carry no planner statistics until autovacuum gets to them (PGlite has none):
  // without them the first queries guess badly, as the seed's comment tells.
  await sql`analyze`.execute(database.db);
  // Events the backup caught between their commit and their sealing stay as it held them: the
  // restored server's sealer chains them after the head the manifest names.
  const verdict = await verifyAuditLog(database.db, { checkSealing: false, ...(manifest.auditHead && { anchor: manifest.auditHead }) });
  return { manifest, migrated, verdict };
}

async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await database.inScriptTransaction((runner) =>
    runner.query<{ count: number }>(
      "select count(*)::int as count from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'v', 'm', 'p')",
    ),
  );
  return row?.count === 0;
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Rows load in any order once the references are off; they are all checked again when put back. */
async function dropForeignKeys(runner: ScriptRunner): Promise<ForeignKey[]> {
  const keys = await runner.query<ForeignKey>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
     from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace order by conrelid::regclass::text, conname`,
  );
  for (const key of keys) await runner.exec(`alter table ${key.table} drop constraint ${ident(key.name)}`);
  return keys;
}

/**
 * Some migrations put rows in (the countries, reference data): the backup holds those tables as
 * they were when it was taken, so the migrations' copies make way for it. The audit log is
 * never among them (its trigger refuses a delete).
 */
async function clearReferenceRows(runner: ScriptRunner): Promise<void> {
  const tables = await runner.query<{ table: string }>(
    "select relname as table from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relname <> 'schema_migration'",
  );
  for (const { table } of tables) {
    const [row] = await runner.query<{ present: boolean }>(`select exists (select from ${ident(table)}) as present`);
    if (row?.present) await runner.exec(`delete from ${ident(table)}`);
  }
}

/**
 * Loads the rows and sets the sequences; returns how many rows each table got. `columnsOf` may
 * narrow what is loaded (the migration upgrade test loads a backup into an older schema): the
 * columns to load of a table, or undefined to skip it; when it is given, sequences are skipped.
 */
export async function loadRows(
  runner: ScriptRunner,
  file: string,
  key: string | undefined,
  columnsOf?: (table: TableLine) => string[] | undefined,
): Promise<Map<string, number>> {
  const loaded = new Map<string, number>();
  let current: TableLine | undefined;
  let batch: string[] = [];
  const flush = async () => {
    if (!current || batch.length === 0) return;
    const columns = current.columns.map(ident).join(', ');
    const table = ident(current.table);
    // Identity columns (the audit log's id) keep the backup's values: the chain is ordered by them.
    await runner
      .query(
        `insert into ${table} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${table}, $1::json)`,
        [`[${batch.join(',')}]`],
      )
      .catch(refusedBy(`the table ${current.table}`));
    loaded.set(current.table, (loaded.get(current.table) ?? 0) + batch.length);
    batch = [];
  };
  for await (const line of backupLines(file, key)) {
    const kind = line.slice(0, 2);
    const json = line.slice(2);
    if (kind === 'R ') {
      if (!current) continue;
      batch.push(json);
      if (batch.length >= INSERT_ROWS) await flush();
      continue;
    }
    await flush();
    if (kind === 'T ') {
      const table = JSON.parse(json) as TableLine;
      const columns = columnsOf ? columnsOf(table) : table.columns;
      current = columns ? { table: table.table, columns } : undefined;
      if (current) loaded.set(current.table, 0);
    } else if (kind === 'S ' && !columnsOf) {
      const sequence = JSON.parse(json) as SequenceLine;
      await runner.query('select setval($1::regclass, $2::bigint, $3)', [ident(sequence.sequence), sequence.lastValue, sequence.isCalled]);
    }
  }
  await flush();
  return loaded;
}

/**
 * The database's own message may quote the row it refused (a key, a value): only the place and
 * the error code reach the operator, never the data.
 */
function refusedBy(where: string) {
  return (error: unknown): never => {
    if (error instanceof OperatorError) throw error;
    const code = (error as { code?: string }).code ?? 'unknown';
    throw new OperatorError(`The backup could not be restored: ${where} refused its rows (PostgreSQL error ${code}); nothing was restored.`);
  };
}

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
