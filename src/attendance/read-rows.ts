/**
 * The rows of an export file, one at a time with their line numbers, so an import never holds
 * a whole file (a municipality's nightly batch can be millions of rows): CSV through csv-parse's
 * stream, XLSX through exceljs's streaming WorkbookReader (first sheet, header on row 1).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { RuleViolation } from '../kernel/errors.ts';
import type { FileFormat } from './domain/file-format.ts';

/** One data row: its line in the file (the header is line 1) and its cells by header. */
export interface SourceRow {
  line: number;
  record: Record<string, string>;
}

export { formatOf, type FileFormat } from './domain/file-format.ts';

/**
 * Rows of a file uploaded from the web: one the reader cannot make out as its format is the
 * user's file, not the server's failure (400 unreadable_file); a refusal on the way (the upload
 * too large or broken off) passes as it is.
 */
export async function* readUploadRows(input: Readable, format: FileFormat): AsyncIterable<SourceRow> {
  try {
    yield* format === 'xlsx' ? readXlsxRows(input) : readCsvRows(input);
  } catch (error) {
    throw error instanceof RuleViolation ? error : new RuleViolation(400, 'unreadable_file', `The file cannot be read as ${format.toUpperCase()}.`);
  }
}

/** Rows of a file on disk. */
export function readFileRows(path: string, format: FileFormat): AsyncIterable<SourceRow> {
  return format === 'xlsx' ? readXlsxRows(createReadStream(path)) : readCsvRows(createReadStream(path));
}

/**
 * Rows of a CSV stream; the delimiter (`;` from Norwegian and Danish Excel, `,` elsewhere) is
 * taken from the header line. A byte-order mark is dropped.
 */
export async function* readCsvRows(input: Readable): AsyncIterable<SourceRow> {
  const parser = parse({ columns: true, bom: true, delimiter: [';', ',', '\t'], skip_empty_lines: true, relax_column_count: true, info: true, trim: true });
  // Not pipe: an input that fails (an aborted upload) must fail the reading, not leave it waiting.
  pipeline(input, parser, () => undefined);
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: info.lines, record };
  }
}

/** Rows of the first sheet of an XLSX stream; dates in date-formatted cells become 'YYYY-MM-DD'. */
export async function* readXlsxRows(input: Readable): AsyncIterable<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  for await (const sheet of reader) {
    let headers: string[] | null = null;
    for await (const row of sheet) {
      const cells = (row.values as unknown[]).slice(1).map(cellText);
      if (!headers) {
        headers = cells;
        continue;
      }
      yield { line: row.number, record: Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])) };
    }
    return;
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in value) return String((value as { result: unknown }).result);
  return String(value).trim();
}
