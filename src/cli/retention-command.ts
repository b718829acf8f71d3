import { Command } from 'commander';
import { retentionYearsFrom } from '../consultations/domain/retention.ts';
import { runRetention } from '../consultations/retention.ts';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { OperatorError } from '../kernel/errors.ts';

/** `tidlig retention run`: what the server does every hour, on demand (say, from cron on a stopped server). */
export function retentionCommand(): Command {
  const retention = new Command('retention').description('delete consultations past their retention period, keeping counts');
  retention
    .command('run')
    .description('delete anonymous and group consultations past TIDLIG_RETENTION_SCHOOL_YEARS (default 2) and consented ones whose consent has ended')
    .action(async () => {
      const config = readConfig();
      let schoolYears: number;
      try {
        schoolYears = retentionYearsFrom(process.env.TIDLIG_RETENTION_SCHOOL_YEARS);
      } catch (error) {
        throw new OperatorError((error as Error).message);
      }
      const database = await openDatabase(config.database);
      try {
        const deleted = await runRetention(database.db, { schoolYears });
        console.log(`Deleted ${deleted} consultation(s) past retention in ${describeDatabase(config.database)}; their counts are kept.`);
      } finally {
        await database.close();
      }
    });
  return retention;
}
