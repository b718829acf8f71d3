/**
 * A panel as analysts exchange it: a CSV file with the header
 * `unit,period,treated_from,outcome,denominator`, one row per unit and period. Wrong rows are
 * answered with their line in the file and the reason, all of them at once.
 */
import { parse } from 'csv-parse/sync';
import { buildPanel, type Panel, type PanelRow, type Weighting } from './panel.ts';

export const PANEL_COLUMNS = ['unit', 'period', 'treated_from', 'outcome', 'denominator'] as const;

export interface LineError {
  /** The line in the file, counting the header as line 1. */
  line: number;
  reason: string;
}

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

export function panelFromCsv(text: string, weighting: Weighting = 'equal'): { panel: Panel } | { errors: LineError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { errors: [{ line, reason: `the file is not valid CSV (${(error as Error).message.split(':')[0]})` }] };
  }
  const [header, ...body] = records;
  const headerProblem = checkHeader(header?.record);
  if (headerProblem) return { errors: [{ line: 1, reason: headerProblem }] };

  const errors: LineError[] = [];
  const rows: PanelRow[] = [];
  const lines: number[] = [];
  for (const { record, info } of body) {
    if (record.length !== PANEL_COLUMNS.length) {
      errors.push({ line: info.lines, reason: `expected ${PANEL_COLUMNS.length} columns, found ${record.length}` });
      continue;
    }
    const [unit, period, treatedFrom, outcome, denominator] = record as [string, string, string, string, string];
    if (!WHOLE.test(outcome)) errors.push({ line: info.lines, reason: `the outcome "${outcome}" is not a whole number` });
    else if (!DECIMAL.test(denominator)) errors.push({ line: info.lines, reason: `the denominator "${denominator}" is not a number` });
    else {
      rows.push({ unit, period, treatedFrom, outcome: Number(outcome), denominator: Number(denominator) });
      lines.push(info.lines);
    }
  }
  if (body.length === 0) return { errors: [{ line: 1, reason: 'the file has a header but no rows' }] };
  if (rows.length === 0) return { errors };
  const built = buildPanel(rows, weighting);
  if ('errors' in built) errors.push(...built.errors.map(({ row, reason }) => ({ line: lines[row] ?? 1, reason })));
  if (errors.length > 0) return { errors: errors.sort((a, b) => a.line - b.line) };
  return built as { panel: Panel };
}

function checkHeader(header: string[] | undefined): string | undefined {
  if (!header) return 'the file is empty';
  const names = header.map((name) => name.toLowerCase());
  if (names.length === PANEL_COLUMNS.length && PANEL_COLUMNS.every((name, i) => names[i] === name)) return undefined;
  return `the header must be ${PANEL_COLUMNS.join(',')}, not ${header.join(',')}`;
}
