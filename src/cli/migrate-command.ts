import { Command } from 'commander';
import { describeDatabase, readConfig } from '../kernel/config.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { migrate } from '../kernel/db/migrate.ts';
import { OperatorError } from '../kernel/errors.ts';

export function migrateCommand(): Command {
  return new Command('migrate').description('apply the database migrations that have not been applied').action(async () => {
    const config = readConfig();
    const database = await openDatabase(config.database);
    try {
      const applied = await migrate(database).catch(explainPrivilege);
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

// PostgreSQL's insufficient_privilege: most often the application's role, which may not change
// the schema, was given where the owner's was meant.
function explainPrivilege(error: unknown): never {
  if ((error as { code?: string }).code === '42501') {
    throw new OperatorError('This database role may not change the schema: run "tidlig migrate" as the role that owns the tables.');
  }
  throw error;
}
