import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { watchPool } from '../metrics/metrics.ts';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import type { DatabaseTarget } from '../config.ts';
import { describeDatabase } from '../config.ts';
import { OperatorError } from '../errors.ts';
import type { Tables } from './tables.ts';

export type Db = Kysely<Tables>;
export type Engine = DatabaseTarget['engine'];

/** Raw access for plain SQL scripts (migrations), which may hold several statements. */
export interface ScriptRunner {
  exec(script: string): Promise<void>;
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  db: Db;
  engine: Engine;
  /** Runs `work` in one transaction on the raw driver: all of it lands, or none of it. */
  inScriptTransaction<T>(work: (runner: ScriptRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const keepDateAsText = (value: string) => value;

/**
 * Opens the database the configuration names and proves it answers. Every failure a user
 * can cause (a wrong URL, a server that is down, a folder already in use) becomes one
 * OperatorError sentence, and nothing is written before the connection is known good.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === 'pglite' ? openPglite(target.dataDir) : openPostgres(target.url, target);
}

/** A data folder, or `memory://` for a database that lives only as long as the process (tests). */
async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? async () => undefined : await lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { parsers: { [DATE_OID]: keepDateAsText } });
  } catch (error) {
    await release();
    throw new OperatorError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}).`,
    );
  }
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(client) });
  return {
    db,
    engine: 'pglite',
    inScriptTransaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (script) => void (await tx.exec(script)),
          query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
        }),
      ),
    async close() {
      await db.destroy();
      await release();
    },
  };
}

/**
 * PGlite is a single process database: a second server on the same folder would corrupt it.
 * The lock names its owner (process id and start time), so a lock left by a process that
 * crashed is taken over at once, while a live owner still keeps everyone else out.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}/tidlig.lock`;
  const ownerPath = `${lockPath}.owner`;
  const take = () => lockfile.lock(dataDir, { lockfilePath: lockPath, stale: 15_000 });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    if (!ownerIsGone(ownerPath)) {
      throw new OperatorError(
        `Another Tidlig process is already using the data folder ${dataDir}; stop it or set TIDLIG_DATA_DIR to another folder.`,
      );
    }
    fs.rmSync(lockPath, { recursive: true, force: true });
    release = await take();
  }
  fs.writeFileSync(ownerPath, JSON.stringify(processIdentity(process.pid)));
  return async () => {
    fs.rmSync(ownerPath, { force: true });
    await release();
  };
}

interface ProcessIdentity {
  pid: number;
  /** When the process started, where the system tells (Linux), so a reused pid is not mistaken for the owner. */
  started: string | null;
}

function processIdentity(pid: number): ProcessIdentity {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name, which may hold spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return { pid, started: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null };
  } catch {
    return { pid, started: null };
  }
}

/** True only when the lock's owner is known and certainly no longer running. */
function ownerIsGone(ownerPath: string): boolean {
  let owner: ProcessIdentity;
  try {
    owner = JSON.parse(fs.readFileSync(ownerPath, 'utf8')) as ProcessIdentity;
  } catch {
    return false; // just taken and not yet named, or written by an older Tidlig: assume alive
  }
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const now = processIdentity(owner.pid);
  return owner.started !== null && now.started !== null && now.started !== owner.started;
}

async function openPostgres(url: string, target: DatabaseTarget): Promise<Database> {
  pg.types.setTypeParser(DATE_OID, keepDateAsText);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new OperatorError(`Could not connect to ${describeDatabase(target)}: ${explainPgError(error)}.`);
  }
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  const unwatch = watchPool(pool);
  return {
    db,
    engine: 'postgres',
    inScriptTransaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          exec: async (script) => void (await client.query(script)),
          query: async <Row>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as Row[],
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      unwatch();
      await db.destroy();
    },
  };
}

function explainPgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'the connection was refused (is the server running?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be found';
    case 'ETIMEDOUT':
      return 'the server did not answer in time';
    case '28P01':
    case '28000':
      return 'the user name or password was not accepted';
    case '3D000':
      return 'the database does not exist';
    default:
      return e.message && !e.message.includes('://') ? e.message : 'unknown error';
  }
}
