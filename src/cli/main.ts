/**
 * The `tidlig` command. Each subcommand lives in its own file; this one wires them and
 * turns an operator's mistake into one sentence and a non-zero exit, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { idpCommand } from '../kernel/auth/oidc/idp-command.ts';
import { OperatorError } from '../kernel/errors.ts';
import { version } from '../kernel/version.ts';
import { attendanceCommand } from './attendance-command.ts';
import { auditCommand } from './audit-command.ts';
import { backupCommand, restoreCommand } from './backup-command.ts';
import { checkAnonymousCommand } from './check-anonymous-command.ts';
import { evaluateCommand } from './evaluate-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { retentionCommand } from './retention-command.ts';
import { rotaCommand } from './rota-command.ts';
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
program.addCommand(auditCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(idpCommand());
program.addCommand(checkAnonymousCommand());
program.addCommand(retentionCommand());
program.addCommand(rotaCommand());
program.addCommand(evaluateCommand());
program.addCommand(attendanceCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}
// PGlite leaves a WebAssembly timer behind after close that can hold the process for many
// seconds; every command has finished its work here (serve returns only once stopped).
process.exit();

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
