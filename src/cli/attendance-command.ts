import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { columnMappingSchema, importForMunicipality, ImportSetupError, readFileRows, formatOf, saveMappingForMunicipality, setGuidelineForMunicipality, type ImportReport } from '../attendance/index.ts';
import { PRESETS } from '../attendance/domain/presets.ts';
import { sourceNameSchema } from '../attendance/schema.ts';
import { readConfig } from '../kernel/config.ts';
import type { Db } from '../kernel/db/database.ts';
import { openCommandDatabase } from './command-database.ts';
import { OperatorError } from '../kernel/errors.ts';

/** Exit codes of `attendance import`, as municipal IT's batch scripts read them. */
const ALL_ACCEPTED = 0;
const SOME_REJECTED = 1;
const NOTHING_READ = 2;

/** `tidlig attendance …`: municipal IT's nightly import, and the mapping and guideline it runs on. */
export function attendanceCommand(): Command {
  const attendance = new Command('attendance').description('absence imports, column mappings and attendance guidelines');
  attendance
    .command('import')
    .description('import a CSV or XLSX absence export with the saved mapping of its source; exit 0 all rows accepted, 1 some rejected (the accepted ones land), 2 nothing could be read')
    .argument('<file>', 'the export file (.csv or .xlsx)')
    .requiredOption('--municipality <code>', 'the municipality number (kommunenummer / kommunekode)')
    .requiredOption('--source <name>', 'the source system whose saved mapping to use, e.g. visma')
    .option('--dry-run', 'check every row and report, but write nothing')
    .option('--json', 'print the report as JSON, with each rejected row as {"line", "reason", "column"}')
    .action(async (file: string, options: { municipality: string; source: string; dryRun?: boolean; json?: boolean }) => {
      process.exitCode = await runImport(file, options);
    });
  attendance
    .command('mapping')
    .description('save the column mapping of a source system for a municipality (a JSON file; see docs/attendance.md)')
    .argument('<file>', 'the mapping as JSON')
    .requiredOption('--municipality <code>', 'the municipality number')
    .requiredOption('--source <name>', 'the source system the mapping is for')
    .action(async (file: string, options: { municipality: string; source: string }) => {
      const source = parseSource(options.source);
      const parsed = columnMappingSchema.safeParse(await readJson(file));
      if (!parsed.success) throw new OperatorError(`the mapping in ${file} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}.`);
      await withDb((db) => saveMappingForMunicipality(db, options.municipality, source, parsed.data));
      console.log(`Saved the mapping of ${source} for municipality ${options.municipality}.`);
    });
  attendance
    .command('guideline')
    .description('set a municipality\'s attendance guideline to a preset and recompute its flags')
    .requiredOption('--municipality <code>', 'the municipality number')
    .addOption(new Option('--preset <id>', 'the published guideline to use').choices(Object.keys(PRESETS)).makeOptionMandatory())
    .action(async (options: { municipality: string; preset: string }) => {
      const raised = await withDb((db) => setGuidelineForMunicipality(db, options.municipality, PRESETS[options.preset]!));
      console.log(`Municipality ${options.municipality} follows ${options.preset}; ${raised} flag(s) raised.`);
    });
  return attendance;
}

async function runImport(file: string, options: { municipality: string; source: string; dryRun?: boolean; json?: boolean }): Promise<number> {
  const source = parseSource(options.source);
  if (!existsSync(file)) return nothingRead(`cannot read ${file}: no such file.`, options.json);
  let report: ImportReport;
  try {
    report = await withDb((db) => importForMunicipality(db, options.municipality, readFileRows(file, formatOf(file)), { source, dryRun: options.dryRun }));
  } catch (error) {
    if (error instanceof ImportSetupError) return nothingRead(error.message, options.json);
    if ((error as { code?: string }).code?.startsWith('CSV_')) return nothingRead(`cannot read ${file} as CSV: ${(error as Error).message}`, options.json);
    throw error;
  }
  if (options.json) {
    const { rowsRead, accepted, changed, dryRun, rejected } = report;
    console.log(JSON.stringify({ rowsRead, accepted, changed, rejectedCount: rejected.length, dryRun, rejected }));
  } else {
    console.log(`${report.dryRun ? 'Dry run: ' : ''}${report.accepted} row(s) accepted (${report.changed} change(s)), ${report.rejected.length} rejected.`);
    for (const row of report.rejected) console.log(`  line ${row.line}: ${row.reason}${row.column ? ` (${row.column})` : ''}`);
  }
  if (report.rowsRead === 0) return NOTHING_READ;
  return report.rejected.length === 0 ? ALL_ACCEPTED : SOME_REJECTED;
}

function nothingRead(message: string, json: boolean | undefined): number {
  if (json) console.log(JSON.stringify({ error: message }));
  console.error(`tidlig: ${message}`);
  return NOTHING_READ;
}

function parseSource(value: string): string {
  if (!sourceNameSchema.safeParse(value).success) throw new OperatorError('a source name is lower-case letters, digits, - and _ (e.g. visma).');
  return value;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new OperatorError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
}

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const database = await openCommandDatabase(readConfig().database);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
