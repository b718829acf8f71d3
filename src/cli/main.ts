/**
 * The `tidlig` command. Each subcommand lives in its own file; this one wires them and
 * turns an operator's mistake into one sentence and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { OperatorError } from '../kernel/errors.ts';
import { version } from '../kernel/version.ts';
import { migrateCommand } from './migrate-command.ts';
import { seedCommand } from './seed-command.ts';
import { serveCommand } from './serve-command.ts';

const program = new Command('tidlig')
  .description('Tidlig: early, close-by child welfare services.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof OperatorError) {
    console.error(`tidlig: ${error.message}`);
    return 1;
  }
  console.error(`tidlig: unexpected error: ${(error as Error).message ?? String(error)}`);
  if (process.env.TIDLIG_DEBUG) console.error(error);
  return 1;
}
