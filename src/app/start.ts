/**
 * Starting Tidlig: configuration → database → migrations → demo data → server. Used by the
 * CLI's `serve` and by the end-to-end tests, so both start the app the same way.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { startAuditSealer } from '../kernel/audit/seal.ts';
import { serveBackups } from '../kernel/backup/write.ts';
import { readConfig, type Config } from '../kernel/config.ts';
import { openDatabase, type Database, type Db } from '../kernel/db/database.ts';
import { migrate, pendingMigrations } from '../kernel/db/migrate.ts';
import { OperatorError } from '../kernel/errors.ts';
import { version } from '../kernel/version.ts';
import { capabilities } from './capabilities.ts';
import { buildAppServer } from './server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.join(ROOT, 'dist/web');

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Seed for the demo data generator when the database is empty (demo mode only). */
  seed?: number;
  log?: boolean;
}

export interface RunningApp {
  url: string;
  config: Config;
  engine: Database['engine'];
  /** What happened on the way up, for the CLI to tell the operator. */
  migrationsApplied: string[];
  seeded: boolean;
  /** What the background jobs tell the operator at start (reminders on or off, and where to). */
  jobNotes: string[];
  server: FastifyInstance;
  /** The app's own database, for a benchmark in the same process (PGlite admits one). */
  db: Db;
  close(): Promise<void>;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const env = options.env ?? process.env;
  const config = readConfig(env);
  const jobs = capabilities.flatMap((capability) => capability.jobs?.(env) ?? []);
  const database = await openDatabase(config.database);
  try {
    const migrationsApplied = await prepareSchema(database, config);
    const seeded = config.demo && (await seedDemoIfEmpty(database.db, { seed: options.seed ?? 1, scale: 'default' })) !== null;

    const server = await buildAppServer(
      { db: database.db, engine: database.engine, version, demo: config.demo, publicUrl: config.publicUrl, metricsToken: config.metricsToken },
      { webDir: WEB_DIR, log: options.log ?? false, trustProxy: config.trustProxy },
    );
    const address = await listen(server, config);
    const running = jobs.flatMap((job) => job.start?.(database.db, (error) => server.log.error(error, `${job.name} run failed`)) ?? []);
    const sealer = startAuditSealer(database.db, (error) => server.log.error(error, 'audit sealing failed'));
    const backups = await backupSocket(database, config);
    return {
      url: address,
      config,
      engine: database.engine,
      migrationsApplied,
      seeded,
      jobNotes: [...jobs.flatMap((job) => (job.describe ? [job.describe] : [])), ...backups.notes],
      server,
      db: database.db,
      async close() {
        await backups.close();
        await Promise.all(running.map((job) => job.stop()));
        await server.close();
        // Last: what the final requests and jobs audited is sealed before the database closes.
        await sealer.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * The embedded database and the demo migrate as they start: their one process owns the data.
 * A production PostgreSQL is migrated by its owner (`tidlig migrate`); the server runs as the
 * application's role, which may not change the schema, so it only checks and refuses to start
 * on a schema older than its code.
 */
async function prepareSchema(database: Database, config: Config): Promise<string[]> {
  if (database.engine === 'pglite' || config.demo) return migrate(database);
  const pending = await pendingMigrations(database);
  const first = pending[0];
  if (first !== undefined) {
    throw new OperatorError(
      `The database lacks ${pending.length} migration(s), from ${first} on: run "tidlig migrate" as the role that owns the tables, then start Tidlig again.`,
    );
  }
  return [];
}

/**
 * The embedded database admits one process, so `tidlig backup` asks the running server for the
 * backup through a socket in the data folder (src/kernel/backup/write.ts).
 */
async function backupSocket(database: Database, config: Config): Promise<{ notes: string[]; close(): Promise<void> }> {
  const none = { notes: [], close: async () => undefined };
  if (config.database.engine !== 'pglite' || config.database.dataDir.startsWith('memory://')) return none;
  try {
    return { notes: [], ...(await serveBackups(database.db, database.engine, config.database.dataDir)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { ...none, notes: [`"tidlig backup" cannot reach this server (${code}: the data folder's path may be too long for a socket); stop the server to back up.`] };
  }
}

async function listen(server: FastifyInstance, config: Config): Promise<string> {
  try {
    await server.listen({ port: config.port, host: config.host });
  } catch (error) {
    await server.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new OperatorError(`Port ${config.port} is already in use; stop the other program or set PORT to a free port.`);
    }
    if (code === 'EACCES') throw new OperatorError(`Tidlig may not listen on port ${config.port}; choose a port above 1023.`);
    throw error;
  }
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return `http://localhost:${port}`;
}
