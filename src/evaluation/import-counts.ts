/**
 * Importing counts from before Tidlig, so a pilot has a "before": a leader sends the CSV
 * (`unit,month,outcome,count`); every row is checked on its own, the accepted ones land (a
 * month imported again is replaced) and the refused ones are answered with line, reason and
 * column, changing nothing. A dry run checks and writes nothing. One policy decision and one
 * audit event, in one transaction.
 */
import { parse } from 'csv-parse/sync';
import { countImportRows } from '../kernel/metrics/metrics.ts';
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import { checkCountRecords, COUNT_COLUMNS, missingColumns, type SourceRecord } from './domain/imported-counts.ts';
import * as repo from './import-counts-repo.ts';
import { countsUploadSchema, type CountsImportReport, type CountsUpload } from './import-counts-schema.ts';

export async function importCounts(db: Db, actor: Actor, municipalityId: string, input: CountsUpload, { now = clock.now() }: { now?: Date } = {}): Promise<CountsImportReport> {
  const upload = countsUploadSchema.parse(input);
  const records = readRecords(upload.content);
  return withAccess(
    db,
    actor,
    {
      permission: 'evaluation.import',
      action: 'create',
      resourceType: 'evaluation_imported_count',
      resourceId: municipalityId,
      locate: async () => ({ municipalityId, unitIds: [], districtIds: [] }),
    },
    async (trx): Promise<CountsImportReport | RuleViolation> => {
      if (records instanceof RuleViolation) return records;
      const { accepted, rejected } = checkCountRecords(records, await repo.unitNames(trx, municipalityId), localDate(now).slice(0, 7));
      if (!upload.dryRun) {
        await repo.upsertImportedCounts(trx, accepted, upload.source, now);
        countImportRows('evaluation_counts', accepted.length, rejected.length);
      }
      return { rowsRead: records.length, accepted: accepted.length, dryRun: upload.dryRun, rejected };
    },
  );
}

/** The file's rows by column name, or why it cannot be read at all (not CSV, columns missing, no rows). */
function readRecords(content: string): SourceRecord[] | RuleViolation {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(content.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, delimiter: [',', ';', '\t'] }) as unknown as typeof rows;
  } catch {
    return new RuleViolation(400, 'not_csv', 'The file is not a CSV file.');
  }
  const [header, ...body] = rows;
  const missing = missingColumns(header?.record ?? []);
  if (missing.length > 0) return new RuleViolation(400, 'missing_columns', `The header lacks ${missing.join(', ')}.`, { columns: missing });
  if (body.length === 0) return new RuleViolation(400, 'no_rows', 'The file has a header but no rows.');
  const index = new Map(header!.record.map((name, i) => [name.trim().toLowerCase(), i]));
  return body.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(COUNT_COLUMNS.map((column) => [column, record[index.get(column)!] ?? ''])),
  }));
}
