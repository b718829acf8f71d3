import { describe, expect, it } from 'vitest';
import { chartPlotRows, chartTableRows, hasWithheld, type ChartData } from './chart-data.ts';

const texts = {
  format: (value: number) => value.toFixed(1),
  withheld: 'hidden',
  withInterval: (value: string, low: string, high: string) => `${value} (${low} to ${high})`,
};

// Reports per 100 pupils at two groups of schools over three terms; the pilot's first term
// rests on fewer than 5 reports and is withheld.
const reports: ChartData = {
  categoryHeading: 'Term',
  categories: [
    { key: '2025-T1', label: 'Autumn 2025' },
    { key: '2025-T2', label: 'Spring 2026' },
    { key: '2026-T1', label: 'Autumn 2026' },
  ],
  series: [
    { key: 'pilot', label: 'Pilot schools' },
    { key: 'comparison', label: 'Comparison schools' },
  ],
  values: {
    '2025-T1': { pilot: null, comparison: 4.1 },
    '2025-T2': { pilot: 3.5, comparison: 4 },
    '2026-T1': { pilot: 2.25, comparison: 4.2 },
  },
  intervals: { '2026-T1': { pilot: { low: 1.5, high: 3 } } },
};

describe('the table alternative of a chart', () => {
  it('has a row per category and a cell per series, in the order given', () => {
    expect(chartTableRows(reports, texts)).toEqual([
      { category: 'Autumn 2025', cells: [{ text: 'hidden', withheld: true }, { text: '4.1', withheld: false }] },
      { category: 'Spring 2026', cells: [{ text: '3.5', withheld: false }, { text: '4.0', withheld: false }] },
      { category: 'Autumn 2026', cells: [{ text: '2.3 (1.5 to 3.0)', withheld: false }, { text: '4.2', withheld: false }] },
    ]);
  });

  it('knows when the small-count note belongs under it', () => {
    expect(hasWithheld(reports)).toBe(true);
    expect(hasWithheld({ ...reports, values: { ...reports.values, '2025-T1': { pilot: 5, comparison: 4.1 } } })).toBe(false);
  });
});

describe('the rows the chart draws', () => {
  it('leaves a withheld value out rather than drawing it as zero', () => {
    const [first] = chartPlotRows(reports);
    expect(first).toEqual({ category: 'Autumn 2025', comparison: 4.1 });
  });

  it('gives an interval as the distances below and above the value', () => {
    const last = chartPlotRows(reports)[2];
    expect(last?.['pilot:interval']).toEqual([0.75, 0.75]);
  });
});
