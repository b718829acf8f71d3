import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDayOf, firstFullPeriodFrom, formatPeriod, parsePeriod, periodOf, type Granularity } from './periods.ts';

describe('periods', () => {
  it.each([
    ['2026-01', 'month', '2026-01-01'],
    ['2026-12', 'month', '2026-12-01'],
    ['2026-Q1', 'quarter', '2026-01-01'],
    ['2026-Q4', 'quarter', '2026-10-01'],
    ['2026-T1', 'term', '2026-08-01'],
    ['2026-T2', 'term', '2027-01-01'],
  ] as const)('%s is a %s starting %s', (label, granularity, first) => {
    const period = parsePeriod(label);
    expect(period?.granularity).toBe(granularity);
    expect(firstDayOf(period!)).toBe(first);
    expect(formatPeriod(period!)).toBe(label);
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-T3', '2026-T0', '26-Q1', '2026Q1', '', '2026-1'])('refuses %j', (label) => {
    expect(parsePeriod(label)).toBeNull();
  });

  it.each([
    ['2026-09-15', 'term', '2026-T1'],
    ['2026-12-31', 'term', '2026-T1'],
    ['2027-01-01', 'term', '2026-T2'],
    ['2027-07-31', 'term', '2026-T2'],
    ['2027-08-01', 'term', '2027-T1'],
    ['2026-03-31', 'quarter', '2026-Q1'],
    ['2026-04-01', 'quarter', '2026-Q2'],
    ['2026-02-28', 'month', '2026-02'],
  ] as const)('%s falls in the %s %s', (date, granularity, label) => {
    expect(formatPeriod(periodOf(date, granularity))).toBe(label);
  });

  it('the term after 2026-T2 is 2027-T1, and the quarter after 2026-Q4 is 2027-Q1', () => {
    expect(formatPeriod({ granularity: 'term', ordinal: parsePeriod('2026-T2')!.ordinal + 1 })).toBe('2027-T1');
    expect(formatPeriod({ granularity: 'quarter', ordinal: parsePeriod('2026-Q4')!.ordinal + 1 })).toBe('2027-Q1');
  });

  it.each([
    ['2026-08-01', 'term', '2026-T1'],
    ['2026-08-02', 'term', '2026-T2'],
    ['2026-04-01', 'quarter', '2026-Q2'],
    ['2026-04-15', 'quarter', '2026-Q3'],
  ] as const)('a start on %s counts from the %s %s', (date, granularity, label) => {
    expect(formatPeriod(firstFullPeriodFrom(date, granularity))).toBe(label);
  });

  it('every date lies in its period, on or after the first day and before the next period begins', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom<Granularity>('month', 'quarter', 'term'), (date, granularity) => {
        const period = periodOf(date, granularity);
        expect(firstDayOf(period) <= date).toBe(true);
        expect(date < firstDayOf({ granularity, ordinal: period.ordinal + 1 })).toBe(true);
        expect(parsePeriod(formatPeriod(period))).toEqual(period);
      }),
    );
  });
});
