import { describe, expect, it } from 'vitest';
import { monthsFrom, schoolYearSoFar, shownFunnel, type FunnelCounts } from './funnel.ts';

describe('the follow-up funnel', () => {
  it.each([
    ['2026-11', '2026-11', ['2026-11']],
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-08', '2027-07', ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07']],
  ])('lays out %s to %s', (from, to, months) => {
    expect(monthsFrom(from, to)).toEqual(months);
  });

  it.each([
    ['2026-11-23', '2026-08', '2026-11'],
    ['2026-08-01', '2026-08', '2026-08'],
    ['2027-07-31', '2026-08', '2027-07'],
    ['2027-01-04', '2026-08', '2027-01'],
  ])('on %s reads the school year from %s to %s', (today, from, to) => {
    expect(schoolYearSoFar(today)).toEqual({ from, to });
  });

  it('withholds every count under 5, cell by cell, and a month with no flags', () => {
    const november: FunnelCounts = { flagged: 12, contacted: 9, meeting: 5, plan: 4, back: 0 };
    expect(shownFunnel(['2026-10', '2026-11'], new Map([['2026-11', november]]))).toEqual([
      { month: '2026-10', stages: { flagged: null, contacted: null, meeting: null, plan: null, back: null } },
      { month: '2026-11', stages: { flagged: 12, contacted: 9, meeting: 5, plan: null, back: null } },
    ]);
  });
});
