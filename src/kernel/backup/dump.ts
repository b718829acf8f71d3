/**
 * The logical dump behind `tidlig backup`: every table's rows as JSON lines, the sequences'
 * values and a manifest, read in one REPEATABLE READ transaction, so the backup is one
 * consistent moment while the server keeps serving. Logical on purpose: it loads into the
 * embedded database and into any PostgreSQL alike, which is how a municipality moves off PGlite.
 *
 * Lines (each followed by \n, compressed together by the caller):
 *   T {"table":"unit","columns":["id",...]}   a table's rows follow, one `R` line each
 *   R {...}                                    a row, as PostgreSQL's row_to_json gives it
 *   S {"sequence":"audit_event_id_seq","lastValue":"42","isCalled":true}
 *   M {...manifest}                            last; its checksum covers every line before it
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import { clock } from '../../time/clock.ts';
import type { Db, Engine } from '../db/database.ts';
import type { Tables } from '../db/tables.ts';
import { version } from '../version.ts';

export const BACKUP_FORMAT = 1;
const FETCH_ROWS = 2_000;

/** What a backup holds, without any personal data: safe to print and to keep beside the file. */
export interface Manifest {
  format: number;
  tidligVersion: string;
  /** The last migration applied when the backup was taken. */
  schemaVersion: string;
  migrations: string[];
  engine: Engine;
  takenAt: string;
  /** The newest sealed audit event's hash: restore checks the chain still reaches it. */
  auditHead: string | null;
  tables: Record<string, number>;
  checksum: { algorithm: 'sha256'; value: string };
}

export interface TableLine {
  table: string;
  columns: string[];
}

export interface SequenceLine {
  sequence: string;
  lastValue: string;
  isCalled: boolean;
}

/**
 * Dumps the database into `destination` as gzip-compressed lines and resolves with the manifest
 * once every byte is written. On PGlite the transaction holds the one connection, so requests
 * wait for the dump; on PostgreSQL they carry on beside it.
 */
export async function dumpDatabase(db: Db, engine: Engine, destination: Writable): Promise<Manifest> {
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, destination);
  const hash = createHash('sha256');
  const write = async (line: string) => {
    const bytes = Buffer.from(`${line}\n`);
    hash.update(bytes);
    if (!gzip.write(bytes)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute((trx) => dumpLines(trx, engine, write));
    const complete: Manifest = { ...manifest, checksum: { algorithm: 'sha256', value: hash.digest('hex') } };
    gzip.end(`M ${JSON.stringify(complete)}\n`);
    await written;
    return complete;
  } catch (error) {
    gzip.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
}

async function dumpLines(trx: Transaction<Tables>, engine: Engine, write: (line: string) => Promise<void>): Promise<Omit<Manifest, 'checksum'>> {
  // Times as UTC whatever the server's zone: the same database gives the same lines anywhere.
  await sql`set local timezone = 'UTC'`.execute(trx);
  const migrations = (await sql<{ name: string }>`select name from schema_migration order by name`.execute(trx)).rows.map((row) => row.name);
  const tables: Record<string, number> = {};
  for (const { table, columns } of await listTables(trx)) {
    await write(`T ${JSON.stringify({ table, columns } satisfies TableLine)}`);
    tables[table] = await dumpRows(trx, table, columns, write);
  }
  const head = await auditHead(trx);
  // Read after the tables: a sequence only grows, so its value is at least what the rows used.
  for (const sequence of await listSequences(trx)) {
    const { rows } = await sql<{ last_value: string; is_called: boolean }>`select last_value::text, is_called from ${sql.table(sequence)}`.execute(trx);
    const row = rows[0];
    if (row) await write(`S ${JSON.stringify({ sequence, lastValue: row.last_value, isCalled: row.is_called } satisfies SequenceLine)}`);
  }
  return {
    format: BACKUP_FORMAT,
    tidligVersion: version,
    schemaVersion: migrations.at(-1) ?? '',
    migrations,
    engine,
    takenAt: clock.now().toISOString(),
    auditHead: head ?? null,
    tables,
  };
}

/** Reads a table through a cursor, so a table of millions of rows is dumped in constant memory. */
async function dumpRows(trx: Transaction<Tables>, table: string, columns: string[], write: (line: string) => Promise<void>): Promise<number> {
  const list = sql.join(columns.map((column) => sql.ref(column)));
  await sql`declare tidlig_backup no scroll cursor for select row_to_json(r)::text as line from (select ${list} from ${sql.table(table)}) r`.execute(trx);
  let count = 0;
  for (;;) {
    const { rows } = await sql<{ line: string }>`fetch forward ${sql.lit(FETCH_ROWS)} from tidlig_backup`.execute(trx);
    for (const row of rows) await write(`R ${row.line}`);
    count += rows.length;
    if (rows.length < FETCH_ROWS) break;
  }
  await sql`close tidlig_backup`.execute(trx);
  return count;
}

/** Every table of the schema but the migration log (restore rebuilds it), with its stored columns. */
export async function listTables(trx: Transaction<Tables> | Db): Promise<TableLine[]> {
  const { rows } = await sql<{ table: string; columns: string[] }>`
    select c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relname <> 'schema_migration'
    group by c.relname
    order by c.relname`.execute(trx);
  return rows;
}

async function listSequences(trx: Transaction<Tables>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname`.execute(trx);
  return rows.map((row) => row.name);
}

/**
 * The newest sealed event's hash. A database not yet migrated to sealing (0029: an upgrade's
 * backup taken before `tidlig migrate`) has no positions: its chain is in id order.
 */
async function auditHead(trx: Transaction<Tables>): Promise<string | undefined> {
  const { rows: sealing } = await sql<{ present: boolean }>`
    select exists (select from pg_attribute where attrelid = 'audit_event'::regclass and attname = 'position' and not attisdropped) as present
  `.execute(trx);
  const order = sealing[0]?.present ? sql`where position is not null order by position desc` : sql`order by id desc`;
  const { rows } = await sql<{ hash: string }>`select hash from audit_event ${order} limit 1`.execute(trx);
  return rows[0]?.hash;
}
