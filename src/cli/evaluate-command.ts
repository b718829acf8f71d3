/**
 * `tidlig evaluate --input panel.csv [--json] [--weight denominator] [--seed N]`: the pilot
 * estimate of the evaluation page, run on an analyst's CSV (columns
 * unit,period,treated_from,outcome,denominator; see docs/evaluation.md). Prints the overall
 * effect, its interval or permutation p-value, the method and the event study; wrong rows are
 * listed with their line and reason, and nothing is estimated.
 */
import { Command, Option } from 'commander';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { OperatorError } from '../kernel/errors.ts';
import { estimate, EstimateError, type Estimate } from '../evaluation/domain/estimate.ts';
import { METHOD_RULES } from '../evaluation/domain/method-rules.ts';
import type { Weighting } from '../evaluation/domain/panel.ts';
import { panelFromCsv } from '../evaluation/domain/panel-csv.ts';
import { parseSeed } from './options.ts';

interface Options {
  input: string;
  json?: boolean;
  weight: Weighting;
  seed?: number;
}

const BAD_INPUT = 1;

export function evaluateCommand(): Command {
  return new Command('evaluate')
    .description('estimate the effect of a pilot from a panel CSV (unit,period,treated_from,outcome,denominator)')
    .requiredOption('--input <file>', 'the panel CSV, UTF-8')
    .option('--json', 'print one JSON object instead of text')
    .addOption(new Option('--weight <weighting>', 'weight units equally or by their denominator').choices(['equal', 'denominator']).default('equal'))
    .option('--seed <n>', 'seed of the bootstrap or permutation draws, so a run can be repeated', parseSeed)
    .showHelpAfterError()
    .action(async (options: Options) => {
      const read = panelFromCsv(await readInput(options.input), options.weight);
      if ('errors' in read) {
        for (const { line, reason } of read.errors) console.error(`${options.input}, line ${line}: ${reason}`);
        process.exitCode = BAD_INPUT;
        return;
      }
      const seed = options.seed ?? randomInt(2 ** 31);
      let result: Estimate;
      try {
        result = estimate(read.panel, { seed });
      } catch (error) {
        if (error instanceof EstimateError) throw new OperatorError(WHY_NOT[error.reason]);
        throw error;
      }
      console.log(options.json ? JSON.stringify(asJson(result)) : asText(result, seed, read.panel.startedBeforePanel));
    });
}

const WHY_NOT: Record<EstimateError['reason'], string> = {
  'no-pilot-units': 'No unit has a treated_from within the panel, so there is no pilot to estimate.',
  'no-comparison-units': 'Every unit starts at the same time and none stays out, so there is nothing to compare with.',
  'no-estimable-effect': 'No pilot unit has a period before and after its start that a comparison unit also has.',
};

async function readInput(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OperatorError(code === 'ENOENT' ? `There is no panel file ${path}.` : `Could not read the panel file ${path} (${code ?? 'unknown error'}).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new OperatorError(`The panel file ${path} is not UTF-8 text; save it as UTF-8 and try again.`);
  }
}

/** The object the issue names, with the permutation p-value and the caveats beside it. */
function asJson(result: Estimate) {
  return {
    effect: result.effect,
    ci_low: result.ciLow,
    ci_high: result.ciHigh,
    method: result.method,
    units_treated: result.unitsTreated,
    units_control: result.unitsControl,
    event_study: result.eventStudy.map((row) => ({ relative_period: row.relativePeriod, effect: row.effect, ci_low: row.ciLow, ci_high: row.ciHigh })),
    p_value: result.pValue,
    caveats: result.caveats,
  };
}

const METHOD_TEXT: Record<Estimate['method'], string> = {
  'callaway-santanna-bootstrap': 'group-time effects (Callaway & Sant\'Anna 2021) with not-yet-started units as controls; 95 % interval from a cluster bootstrap over units',
  'callaway-santanna-permutation': 'group-time effects (Callaway & Sant\'Anna 2021) with not-yet-started units as controls; permutation test of the start dates (too few units for an interval)',
};

const CAVEAT_TEXT: Record<Estimate['caveats'][number], string> = {
  'few-units': `fewer than ${METHOD_RULES.fewestUnitsForBootstrap.value} pilot or comparison units: no interval, a permutation test instead`,
  'pre-trends': 'before the start the groups did not move in parallel (a pre-period effect is clearly away from 0): read the effect with care',
  'started-before-panel': 'some units started in the first period or before and were left out',
};

function asText(result: Estimate, seed: number, leftOut: string[]): string {
  const n = (value: number | null) => (value === null ? '–' : value.toFixed(2));
  const uncertainty = result.pValue === null ? `95 % CI ${n(result.ciLow)} to ${n(result.ciHigh)}` : `permutation p = ${result.pValue.toFixed(3)}`;
  const lines = [
    `Effect: ${n(result.effect)} per 100 (${uncertainty})`,
    `Method: ${METHOD_TEXT[result.method]} (seed ${seed})`,
    `Units: ${result.unitsTreated} pilot, ${result.unitsControl} comparison`,
    '',
    'Event study (periods from the start; -1 is the base):',
    'relative_period  effect  ci_low  ci_high',
    ...result.eventStudy.map((row) => [String(row.relativePeriod).padStart(15), n(row.effect).padStart(7), n(row.ciLow).padStart(7), n(row.ciHigh).padStart(8)].join(' ')),
  ];
  const caveats = result.caveats.map((caveat) => `Caveat: ${CAVEAT_TEXT[caveat]}${caveat === 'started-before-panel' ? ` (${leftOut.length})` : ''}.`);
  return [...lines, ...(caveats.length > 0 ? ['', ...caveats] : [])].join('\n');
}

