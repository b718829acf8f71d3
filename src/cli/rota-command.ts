/**
 * `tidlig rota solve --input problem.json [--json] [--seconds N]`: the rota solver for planners
 * trying scenarios, reading the JSON format of docs/rota.md. Exit 0: a legal rota (printed);
 * 3: no legal rota, with the explanation (rules, people, shifts, dates); 2: the file or an
 * option could not be used, said in one sentence naming the field.
 */
import { Command, CommanderError } from 'commander';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { startSolve, type RotaSolution } from '../rota/index.ts';
import { rotaProblemSchema, type RotaProblem } from '../rota/schema.ts';

const NO_LEGAL_ROTA = 3;
const BAD_INPUT = 2;

export function rotaCommand(): Command {
  const rota = new Command('rota').description('plan the rota of an evening team or on-call service');
  rota
    .command('solve')
    .description('solve a rota problem file; exits 0 with a rota, 3 when no legal rota exists, 2 on a bad file')
    .requiredOption('--input <file>', 'the problem as JSON (docs/rota.md)')
    .option('--json', 'print the whole answer as JSON')
    .option('--seconds <n>', 'time budget in seconds (1–3600)', '30')
    .option('--gap <fraction>', 'stop once proven within this distance of the best (0.01 = 1 %)', '0.01')
    .showHelpAfterError()
    .exitOverride(asBadInput)
    .action(async (options: { input: string; json?: boolean; seconds: string; gap: string }) => {
      const seconds = Number(options.seconds);
      const gap = Number(options.gap);
      const problem = await readProblem(options.input);
      if (!problem) return;
      if (!(seconds >= 1 && seconds <= 3600)) {
        badInput('--seconds must be a number of seconds from 1 to 3600.');
        return;
      }
      if (!(gap >= 0 && gap <= 1)) {
        badInput('--gap must be a fraction from 0 to 1.');
        return;
      }
      const solution = await startSolve(problem, { seconds, gap }).solution;
      console.log(options.json ? JSON.stringify(solution, null, 2) : asText(solution));
      if (solution.status === 'no_legal_rota') process.exitCode = NO_LEGAL_ROTA;
    });
  return rota;
}

async function readProblem(path: string): Promise<RotaProblem | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return badInput(code === 'ENOENT' ? `There is no problem file ${path}.` : code ? `Could not read the problem file ${path} (${code}).` : `The problem file ${path} is not JSON.`);
  }
  const parsed = rotaProblemSchema.safeParse(data);
  return parsed.success ? parsed.data : badInput(sentenceOf(parsed.error.issues[0]!, path));
}

/** One sentence naming the field: "staff[2].fte in problem.json: number out of range." */
function sentenceOf(issue: z.core.$ZodIssue, path: string): string {
  const field = issue.path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
  const missing = issue.code === 'invalid_type' && issue.message.includes('undefined');
  return `The field ${field || '(the whole file)'} in ${path} ${missing ? 'is missing' : `is not valid: ${issue.message.replaceAll('_', ' ')}`}.`;
}

function badInput(sentence: string): null {
  console.error(`tidlig: ${sentence}`);
  process.exitCode = BAD_INPUT;
  return null;
}

/** A usage mistake is a bad input: exit 2, never 3, which means "no legal rota". */
function asBadInput(error: CommanderError): never {
  throw error.exitCode === 0 ? error : new CommanderError(BAD_INPUT, error.code, error.message);
}

function asText(solution: RotaSolution): string {
  const lines = [`status: ${solution.status}${solution.proven ? ' (proven)' : ''}, score ${solution.figures.score}, bound ${solution.bound ?? '–'}, gap ${solution.gap ?? '–'}, ${solution.seconds} s`];
  const f = solution.figures;
  lines.push(`wishes met ${f.wishesMet}/${f.wishesWanted}, avoided shifts given ${f.avoidWishesBroken}, nights beyond preferred ${f.nightsBeyondPreferred}, places short of wanted ${f.placesShortOfWanted}`);
  for (const [category, spread] of Object.entries(f.spreads)) lines.push(`${category} per FTE: ${spread.min}–${spread.max} (spread ${spread.spread})`);
  if (solution.explanation) {
    lines.push('no legal rota:');
    for (const u of solution.explanation.uncovered) {
      const blockers = u.blockers.map((b) => `${b.person} (${b.rule}, ${b.source.paragraph})`).join(', ');
      lines.push(`  ${u.shift}: ${u.missing === 'experienced' ? 'no experienced worker' : `${u.short} short`}; blocked: ${blockers || 'nobody else on the staff'}`);
    }
    for (const s of solution.explanation.suggestions) {
      lines.push(s.kind === 'more_staff' ? `  would help: ${s.count} more ${s.experienced ? 'experienced ' : ''}worker(s) for ${s.shifts.join(', ')}` : `  ${s.rule} (${s.source.paragraph}) rules every candidate out of ${s.shifts.join(', ')}`);
    }
    return lines.join('\n');
  }
  for (const a of solution.rota) lines.push(`${a.date}  ${a.template.padEnd(16)} ${a.staff.join(', ')}`);
  return lines.join('\n');
}
