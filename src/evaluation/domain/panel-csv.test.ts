import { describe, expect, it } from 'vitest';
import { panelFromCsv } from './panel-csv.ts';

const HEADER = 'unit,period,treated_from,outcome,denominator';

describe('panelFromCsv', () => {
  it('reads a panel by term, with a start given as a term or a date', () => {
    const result = panelFromCsv(
      [HEADER, 'Elvestad,2025-T1,2025-T2,12,300', 'Elvestad,2025-T2,2025-T2,6,300', 'Nordby,2025-T1,,10,250', 'Nordby,2025-T2,,11,250', 'Sørli,2025-T1,2026-01-01,8,200', 'Sørli,2025-T2,2026-01-01,4,200'].join('\n'),
    );
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    expect(result.panel.units).toEqual(['Elvestad', 'Nordby', 'Sørli']);
    expect(result.panel.cohort).toEqual([1, Number.POSITIVE_INFINITY, 1]);
    expect(result.panel.rate[0]).toBe(4);
  });

  it('names every wrong row by its line and says why', () => {
    const text = [
      HEADER,
      'A,2025-Q1,,5,100',
      'A,2025-13,,5,100',
      'A,2025-Q2,,five,100',
      'A,2025-Q3,,5,0',
      'A,2025-Q4,,5',
      'B,2025-Q1,2025-T2,5,100',
      'A,2025-Q1,,6,100',
      'C,2025-01,,5,100',
    ].join('\n');
    const result = panelFromCsv(text);
    expect('errors' in result && result.errors).toEqual([
      { line: 3, reason: 'the period "2025-13" is not YYYY-MM, YYYY-Qn or YYYY-Tn' },
      { line: 4, reason: 'the outcome "five" is not a whole number' },
      { line: 5, reason: 'the denominator must be a number above 0' },
      { line: 6, reason: 'expected 5 columns, found 4' },
      { line: 7, reason: 'treated_from "2025-T2" is neither empty, a quarter nor a date YYYY-MM-DD' },
      { line: 8, reason: 'the unit already has a row for 2025-Q1' },
      { line: 9, reason: 'the period "2025-01" is a month, but the panel is by quarter' },
    ]);
  });

  it('refuses a wrong header, an empty file and broken quoting on their line', () => {
    expect(panelFromCsv('unit;period\nA;2025-Q1')).toEqual({ errors: [{ line: 1, reason: 'the header must be unit,period,treated_from,outcome,denominator, not unit;period' }] });
    expect(panelFromCsv('')).toEqual({ errors: [{ line: 1, reason: 'the file is empty' }] });
    expect(panelFromCsv(HEADER)).toEqual({ errors: [{ line: 1, reason: 'the file has a header but no rows' }] });
    const broken = panelFromCsv(`${HEADER}\nA,2025-Q1,,5,100\n"B,2025-Q1,,5,100\n`);
    expect('errors' in broken && broken.errors[0]!.reason).toMatch(/not valid CSV/);
  });
});
