import { Command } from 'commander';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { migrate } from '../kernel/db/migrate.ts';

export function migrateCommand(): Command {
  return new Command('migrate').description('apply the database migrations that have not been applied').action(async () => {
    const config = readConfig();
    const database = await openDatabase(config.database);
    try {
      const applied = await migrate(database);
      console.log(
        applied.length === 0
          ? `The schema of ${describeDatabase(config.database)} is up to date.`
          : `Applied ${applied.length} migration(s) to ${describeDatabase(config.database)}: ${applied.join(', ')}.`,
      );
    } finally {
      await database.close();
    }
  });
}
