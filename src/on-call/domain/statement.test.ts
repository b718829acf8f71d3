import { describe, expect, it } from 'vitest';
import { addMonths, lastFullMonth, monthBounds, statementOf } from './statement.ts';

describe('months', () => {
  it.each([
    ['2026-11', 1, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -14, '2025-01'],
  ])('%s %+d is %s', (month, count, expected) => expect(addMonths(month, count)).toBe(expected));

  it('bounds a month by its first day and the next month’s', () => {
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
  });

  it('starts a leader at the last month that has ended', () => {
    expect(lastFullMonth('2026-12-06')).toBe('2026-11');
    expect(lastFullMonth('2027-01-01')).toBe('2026-12');
  });
});

describe('the statement', () => {
  const figures = [
    { id: 'fjordoy', population: 12_000, calls: 30, minutes: 2_400 },
    { id: 'sundvik', population: 8_000, calls: 10, minutes: 600 },
  ];

  it('shows the figures and no shares until a cost and key are stored', () => {
    const { rows, outcome } = statementOf(figures, null);
    expect(outcome).toEqual({ state: 'not_set' });
    expect(rows.map((r) => r.shareOre)).toEqual([null, null]);
  });

  it('splits the cost to the øre by the stored mix', () => {
    // 50 % population (60/40), 50 % calls (75/25): 67.5 % and 32.5 % of 1 000 000,01 kr.
    const { rows, outcome } = statementOf(figures, { costOre: 100_000_001, key: { population: 50, calls: 50 } });
    expect(outcome).toEqual({ state: 'split' });
    expect(rows.map((r) => r.shareOre)).toEqual([67_500_001, 32_500_000]);
  });

  it('says which basis is empty when a month had no calls', () => {
    const quiet = figures.map((f) => ({ ...f, calls: 0, minutes: 0 }));
    expect(statementOf(quiet, { costOre: 100, key: { calls: 100 } }).outcome).toEqual({ state: 'empty_basis', basis: 'calls' });
  });
});
