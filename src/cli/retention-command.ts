import { Command } from 'commander';
import { retentionYearsFrom } from '../consultations/domain/retention.ts';
import { runRetention } from '../consultations/index.ts';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import type { Db } from '../kernel/db/database.ts';
import { openCommandDatabase } from './command-database.ts';
import { OperatorError } from '../kernel/errors.ts';
import { deleteExpiredTalks, retentionDaysFromEnv } from '../pupil-talks/index.ts';

/** One retention job, run once; it says in a sentence what it did. */
type Run = (db: Db) => Promise<string>;

/**
 * Every retention job the server runs hourly (src/app/start.ts, through each capability's jobs). Each reads and checks its
 * setting when prepared, so a bad setting stops the command before anything is deleted.
 */
const JOBS: readonly ((env: NodeJS.ProcessEnv) => { name: string; run: Run })[] = [
  (env) => {
    let schoolYears: number;
    try {
      schoolYears = retentionYearsFrom(env.TIDLIG_RETENTION_SCHOOL_YEARS);
    } catch (error) {
      throw new OperatorError((error as Error).message);
    }
    return {
      name: 'Consultations',
      run: async (db) =>
        `deleted ${await runRetention(db, { schoolYears })} consultation(s) past retention (anonymous and group ones ${schoolYears} school year(s) after the one they were held in, consented ones once their consent ended); their counts are kept.`,
    };
  },
  (env) => {
    const days = retentionDaysFromEnv(env);
    return {
      name: 'Pupil talks',
      run: async (db) =>
        `deleted ${await deleteExpiredTalks(db, days)} request(s) with their talks ${days} day(s) after the last thing that happened to them; referrals stay on intake's list.`,
    };
  },
];

/** `tidlig retention run`: what the server does every hour, on demand (say, from cron on a stopped server). */
export function retentionCommand(): Command {
  const retention = new Command('retention').description('delete personal data past its retention period (consultations, pupil talks)');
  retention
    .command('run')
    .description(
      'run every retention job once: consultations (TIDLIG_RETENTION_SCHOOL_YEARS, default 2; counts kept) and pupil talks (TIDLIG_PUPIL_TALK_RETENTION_DAYS, default 365)',
    )
    .action(async () => {
      const config = readConfig();
      const jobs = JOBS.map((prepare) => prepare(process.env));
      const database = await openCommandDatabase(config.database);
      try {
        console.log(`Retention in ${describeDatabase(config.database)}:`);
        // One job failing must not keep the others from deleting what is due.
        let failure: unknown;
        for (const job of jobs) {
          try {
            console.log(`${job.name}: ${await job.run(database.db)}`);
          } catch (error) {
            console.log(`${job.name}: failed.`);
            failure ??= error;
          }
        }
        if (failure !== undefined) throw failure;
      } finally {
        await database.close();
      }
    });
  return retention;
}
