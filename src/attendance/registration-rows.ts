/**
 * A daily registration's JSON rows read as an import's rows: the JSON's field names are the
 * columns of a mapping of their own (ISO dates, Tidlig's kind codes), so each row passes the
 * import's own checks and a refused one names its field. A row's line is its index in `rows`.
 */
import type { CountryCode } from '../time/zone.ts';
import { kindsOf } from './domain/absence.ts';
import type { ColumnMapping } from './domain/mapping.ts';
import type { SourceRow } from './read-rows.ts';
import type { RegistrationRow } from './schema.ts';

/** The JSON format as a column mapping; `dayMinutes` is a whole day (a row without minutes). */
export function registrationMapping(country: CountryCode, dayMinutes: number): ColumnMapping {
  return {
    columns: { nationalId: 'nationalId', date: 'date', lesson: 'lesson', minutes: 'minutes', kind: 'kind' },
    dateFormat: 'iso',
    kinds: Object.fromEntries(kindsOf(country).map((kind) => [kind, kind])),
    dayMinutes,
  };
}

/** The rows as the import reads them, each numbered by its index (0 is the first). */
export async function* registrationRows(rows: readonly RegistrationRow[]): AsyncIterable<SourceRow> {
  for (const [index, row] of rows.entries()) {
    yield {
      line: index,
      record: { nationalId: row.nationalId ?? '', date: row.date ?? '', lesson: cell(row.lesson), minutes: cell(row.minutes), kind: row.kind ?? '' },
    };
  }
}

function cell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
