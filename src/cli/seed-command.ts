import { Command, Option } from 'commander';
import { seedDemo } from '../demo/seed.ts';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openCommandDatabase } from './command-database.ts';
import { migrate } from '../kernel/db/migrate.ts';
import { OperatorError } from '../kernel/errors.ts';
import { parseSeed } from './options.ts';

export function seedCommand(): Command {
  return new Command('seed')
    .description('fill an empty database with the synthetic demo municipalities')
    .option('--seed <n>', 'seed for the generator; the same seed gives the same data', parseSeed, 1)
    .addOption(
      new Option('--scale <scale>', 'default: Sarpsborg-sized; oslo: 90,000 pupils for benchmarks')
        .choices(['default', 'oslo'])
        .default('default'),
    )
    .action(async (options: { seed: number; scale: 'default' | 'oslo' }) => {
      const config = readConfig();
      if (!config.demo) {
        throw new OperatorError('Demo data is only seeded in demo mode (TIDLIG_DEMO=1, not in production).');
      }
      const database = await openCommandDatabase(config.database);
      try {
        await migrate(database);
        const started = performance.now();
        const summary = await seedDemo(database.db, options);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `Seeded ${describeDatabase(config.database)} in ${seconds} s: ` +
            Object.entries(summary)
              .map(([what, count]) => `${count} ${what}`)
              .join(', ') +
            '.',
        );
      } finally {
        await database.close();
      }
    });
}
