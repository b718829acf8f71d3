/**
 * Starting Tidlig: configuration → database → migrations → demo data → server. Used by the
 * CLI's `serve` and by the end-to-end tests, so both start the app the same way.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { isDatabaseEmpty, seedDemo } from '../demo/seed.ts';
import { mailerFromEnv, startReminderTimer } from '../calendar/reminders.ts';
import { retentionDaysFromEnv, startRetentionTimer as startPupilTalkRetention } from '../pupil-talks/retention.ts';
import { retentionYearsFrom } from '../consultations/domain/retention.ts';
import { startRetentionTimer as startConsultationRetention } from '../consultations/retention.ts';
import { readConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { OperatorError } from './errors.ts';
import { buildServer } from './http/server.ts';
import { version } from './version.ts';

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
  /** Where reminder mails go (the SMTP host), or null when TIDLIG_SMTP_URL is not set and reminders are off. */
  reminders: string | null;
  server: FastifyInstance;
  close(): Promise<void>;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const env = options.env ?? process.env;
  const config = readConfig(env);
  const pupilTalkRetentionDays = retentionDaysFromEnv(env);
  const consultationRetentionYears = retentionYearsOf(env);
  const database = await openDatabase(config.database);
  try {
    const migrationsApplied = await migrate(database);
    const seeded = config.demo && (await isDatabaseEmpty(database.db));
    if (seeded) await seedDemo(database.db, { seed: options.seed ?? 1, scale: 'default' });

    const server = await buildServer(
      { db: database.db, engine: database.engine, version, demo: config.demo, publicUrl: config.publicUrl },
      { webDir: WEB_DIR, log: options.log ?? false, trustProxy: config.trustProxy },
    );
    const address = await listen(server, config);
    // The queue is the reminder table, so a restart picks up whatever fell due meanwhile.
    const mailer = mailerFromEnv(env);
    const reminders = mailer && startReminderTimer(database.db, mailer, 60_000, (error) => server.log.error(error, 'reminder run failed'));
    const hourly = 60 * 60_000;
    const retention = [
      startConsultationRetention(database.db, consultationRetentionYears, hourly, (error) => server.log.error(error, 'consultation retention run failed')),
      startPupilTalkRetention(database.db, pupilTalkRetentionDays, hourly, (error) => server.log.error(error, 'pupil talk retention run failed')),
    ];
    return {
      url: address,
      config,
      engine: database.engine,
      migrationsApplied,
      seeded,
      reminders: mailer?.describe ?? null,
      server,
      async close() {
        await reminders?.stop();
        await Promise.all(retention.map((job) => job.stop()));
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function retentionYearsOf(env: NodeJS.ProcessEnv): number {
  try {
    return retentionYearsFrom(env.TIDLIG_RETENTION_SCHOOL_YEARS);
  } catch (error) {
    throw new OperatorError((error as Error).message);
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
