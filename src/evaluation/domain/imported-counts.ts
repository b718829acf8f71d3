/**
 * Counts from before Tidlig, as a municipality's analyst exports them from its old system: one
 * row per unit, month and outcome. Each row is checked on its own and refused with its line, its
 * reason and its column, like every import; the accepted ones are what the evaluation adds as
 * its "before". Months only: a quarter or a term cannot be split into months honestly.
 */
import { IMPORTABLE_OUTCOMES, type ImportableOutcome } from './importable-outcomes.ts';

export const COUNT_COLUMNS = ['unit', 'month', 'outcome', 'count'] as const;
type Column = (typeof COUNT_COLUMNS)[number];

/** The largest count a unit can have had in a month: anything more is a mistake in the file. */
export const LARGEST_COUNT = 100_000;
/** Nothing older than this was recorded by any system a municipality could still export from. */
export const FIRST_MONTH = '2000-01';

export const COUNT_REJECTIONS = ['missing_value', 'unknown_unit', 'ambiguous_unit', 'bad_month', 'future_month', 'unknown_outcome', 'bad_count', 'duplicate_different'] as const;
export type CountRejectionReason = (typeof COUNT_REJECTIONS)[number];

export interface CountRejection {
  line: number;
  reason: CountRejectionReason;
  column: Column | null;
}

export interface ImportedCount {
  unitId: string;
  month: string;
  outcome: ImportableOutcome;
  count: number;
}

export interface SourceRecord {
  /** The file's line, the header being line 1. */
  line: number;
  values: Partial<Record<Column, string>>;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WHOLE = /^\d{1,9}$/;

/** The header's missing columns (matched without case or surrounding spaces); empty when all are there. */
export function missingColumns(header: readonly string[]): Column[] {
  const present = new Set(header.map((name) => name.trim().toLowerCase()));
  return COUNT_COLUMNS.filter((column) => !present.has(column));
}

/**
 * Checks each record against the municipality's units (by name, without case or surrounding
 * spaces) and the current month. A row repeated with the same count counts once; with another
 * count it is refused.
 */
export function checkCountRecords(records: readonly SourceRecord[], units: readonly { id: string; name: string }[], currentMonth: string) {
  const byName = new Map<string, string[]>();
  for (const unit of units) {
    const key = unit.name.trim().toLocaleLowerCase('nb');
    byName.set(key, [...(byName.get(key) ?? []), unit.id]);
  }
  const accepted: ImportedCount[] = [];
  const rejected: CountRejection[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const result = checkRecord(values, byName, currentMonth);
    if ('reason' in result) {
      rejected.push({ line, ...result });
      continue;
    }
    const key = `${result.unitId} ${result.month} ${result.outcome}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, result.count);
      accepted.push(result);
    } else if (earlier !== result.count) {
      rejected.push({ line, reason: 'duplicate_different', column: 'count' });
    }
  }
  return { accepted, rejected };
}

function checkRecord(values: SourceRecord['values'], byName: Map<string, string[]>, currentMonth: string): ImportedCount | Omit<CountRejection, 'line'> {
  const value = (column: Column) => (values[column] ?? '').trim();
  const empty = COUNT_COLUMNS.find((column) => value(column) === '');
  if (empty) return { reason: 'missing_value', column: empty };
  const ids = byName.get(value('unit').toLocaleLowerCase('nb')) ?? [];
  if (ids.length === 0) return { reason: 'unknown_unit', column: 'unit' };
  if (ids.length > 1) return { reason: 'ambiguous_unit', column: 'unit' };
  const month = value('month');
  if (!MONTH.test(month) || month < FIRST_MONTH) return { reason: 'bad_month', column: 'month' };
  if (month > currentMonth) return { reason: 'future_month', column: 'month' };
  const outcome = value('outcome');
  if (!(IMPORTABLE_OUTCOMES as readonly string[]).includes(outcome)) return { reason: 'unknown_outcome', column: 'outcome' };
  const count = value('count');
  if (!WHOLE.test(count) || Number(count) > LARGEST_COUNT) return { reason: 'bad_count', column: 'count' };
  return { unitId: ids[0]!, month, outcome: outcome as ImportableOutcome, count: Number(count) };
}
