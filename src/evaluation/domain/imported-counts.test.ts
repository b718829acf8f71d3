import { describe, expect, it } from 'vitest';
import { checkCountRecords, missingColumns, type SourceRecord } from './imported-counts.ts';

const UNITS = [
  { id: 'nord', name: 'Nordby skole' },
  { id: 'sor', name: 'Sørby skole' },
  { id: 'vest-1', name: 'Vestby skole' },
  { id: 'vest-2', name: 'Vestby skole ' },
];

const row = (line: number, unit: string, month: string, outcome: string, count: string): SourceRecord => ({ line, values: { unit, month, outcome, count } });

describe('missingColumns', () => {
  it.each([
    [['unit', 'month', 'outcome', 'count'], []],
    [[' Unit', 'MONTH ', 'Outcome', 'count', 'comment'], []],
    [['unit', 'period', 'outcome'], ['month', 'count']],
  ])('%j → %j', (header, missing) => expect(missingColumns(header)).toEqual(missing));
});

describe('checkCountRecords', () => {
  it.each([
    ['a good row, the unit named in any case', row(2, 'NORDBY SKOLE', '2024-03', 'concern_reports', '7'), null],
    ['a count of 0 is a count', row(2, 'Sørby skole', '2024-03', 'consultations', '0'), null],
    ['an empty cell', row(2, 'Nordby skole', '', 'concern_reports', '7'), { reason: 'missing_value', column: 'month' }],
    ['a unit the municipality has not', row(2, 'Østby skole', '2024-03', 'concern_reports', '7'), { reason: 'unknown_unit', column: 'unit' }],
    ['a name two units share', row(2, 'vestby skole', '2024-03', 'concern_reports', '7'), { reason: 'ambiguous_unit', column: 'unit' }],
    ['a quarter, not a month', row(2, 'Nordby skole', '2024-Q1', 'concern_reports', '7'), { reason: 'bad_month', column: 'month' }],
    ['month 13', row(2, 'Nordby skole', '2024-13', 'concern_reports', '7'), { reason: 'bad_month', column: 'month' }],
    ['before 2000', row(2, 'Nordby skole', '1999-12', 'concern_reports', '7'), { reason: 'bad_month', column: 'month' }],
    ['next month', row(2, 'Nordby skole', '2026-12', 'concern_reports', '7'), { reason: 'future_month', column: 'month' }],
    ['an outcome that is a share', row(2, 'Nordby skole', '2024-03', 'investigated_share', '7'), { reason: 'unknown_outcome', column: 'outcome' }],
    ['a negative count', row(2, 'Nordby skole', '2024-03', 'concern_reports', '-1'), { reason: 'bad_count', column: 'count' }],
    ['a fraction', row(2, 'Nordby skole', '2024-03', 'concern_reports', '2.5'), { reason: 'bad_count', column: 'count' }],
    ['more than a unit can have had', row(2, 'Nordby skole', '2024-03', 'concern_reports', '100001'), { reason: 'bad_count', column: 'count' }],
  ])('%s', (_case, record, rejection) => {
    const { accepted, rejected } = checkCountRecords([record], UNITS, '2026-11');
    expect(rejected).toEqual(rejection ? [{ line: 2, ...rejection }] : []);
    expect(accepted).toHaveLength(rejection ? 0 : 1);
  });

  it('takes a repeated row once, refuses it with another count, and keeps the first', () => {
    const { accepted, rejected } = checkCountRecords(
      [row(2, 'Nordby skole', '2024-03', 'concern_reports', '7'), row(3, 'Nordby skole', '2024-03', 'concern_reports', '7'), row(4, 'nordby skole', '2024-03', 'concern_reports', '9')],
      UNITS,
      '2026-11',
    );
    expect(accepted).toEqual([{ unitId: 'nord', month: '2024-03', outcome: 'concern_reports', count: 7 }]);
    expect(rejected).toEqual([{ line: 4, reason: 'duplicate_different', column: 'count' }]);
  });
});
