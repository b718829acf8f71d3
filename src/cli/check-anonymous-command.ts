/**
 * `tidlig check-anonymous FILE`: runs the anonymity guard over a text file, so that texts
 * written outside Tidlig (templates, imports, exports to be shared) can be checked the same
 * way before they are used. Exit 0: nothing found; 1: something found; 2: could not check.
 *
 * Findings go to stdout as JSON, with `start` and `end` counted in Unicode code points
 * (characters) of the file's UTF-8 text after any byte order mark, so that an emoji or an "æ"
 * before a finding counts as one. The JSON holds the identifying text itself: it is the
 * operator's own file, but do not pipe it into a log.
 */
import { Command, CommanderError } from 'commander';
import { readFile } from 'node:fs/promises';
import { inCodePoints } from '../anonymity/code-points.ts';
import { findIdentifying } from '../anonymity/guard.ts';
import { OperatorError } from '../kernel/errors.ts';

const FOUND = 1;
const COULD_NOT_CHECK = 2;

/** The command; it sets process.exitCode itself, as 1 means "found" and not "failed". */
export function checkAnonymousCommand(): Command {
  return new Command('check-anonymous')
    .description('find identifying details in a text file; exits 0 when clean, 1 when found, 2 when it could not check')
    .argument('<file>', 'UTF-8 text file to check')
    .option('--names <file>', "names from the unit's register, one a line, to look for as well")
    .showHelpAfterError()
    .exitOverride(asCouldNotCheck)
    .action(async (file: string, options: { names?: string }) => {
      let text: string;
      let names: string[];
      try {
        text = await readText(file, 'text');
        names = options.names === undefined ? [] : namesIn(await readText(options.names, 'names'));
      } catch (error) {
        if (!(error instanceof OperatorError)) throw error;
        console.error(`tidlig: ${error.message}`);
        process.exitCode = COULD_NOT_CHECK;
        return;
      }
      const findings = findIdentifying(text, { names });
      console.log(JSON.stringify(inCodePoints(text, findings)));
      if (findings.length > 0) process.exitCode = FOUND;
    });
}

/** A usage mistake means the file was not checked: exit 2, never 1, which means "found". */
function asCouldNotCheck(error: CommanderError): never {
  throw error.exitCode === 0 ? error : new CommanderError(COULD_NOT_CHECK, error.code, error.message);
}

async function readText(path: string, what: 'text' | 'names'): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new OperatorError(couldNotRead(path, what, (error as NodeJS.ErrnoException).code));
  }
  try {
    // Fatal, so that a Latin-1 file is refused rather than checked as garbled text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new OperatorError(`The ${what} file ${path} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
}

function couldNotRead(path: string, what: 'text' | 'names', code: string | undefined): string {
  if (code === 'ENOENT') return `There is no ${what} file ${path}.`;
  if (code === 'EISDIR') return `${path} is a folder, not a ${what} file.`;
  if (code === 'EACCES') return `Tidlig may not read the ${what} file ${path}.`;
  return `Could not read the ${what} file ${path} (${code ?? 'unknown error'}).`;
}

function namesIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
