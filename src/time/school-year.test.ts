import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDate } from './calendar-fixture.ts';
import { isSchoolYear, schoolYearOf, schoolYearRange } from './school-year.ts';

describe('schoolYearOf', () => {
  it.each([
    ['2026-08-17', '2026/27'],
    ['2026-08-01', '2026/27'],
    ['2026-07-31', '2025/26'],
    ['2027-06-20', '2026/27'],
    ['2027-01-01', '2026/27'],
    ['2099-12-31', '2099/00'],
    ['2000-01-01', '1999/00'],
  ])('%s → %s', (date, year) => expect(schoolYearOf(date)).toBe(year));

  it('puts every date inside its school year, and names it validly', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const year = schoolYearOf(date);
        const range = schoolYearRange(year);
        return isSchoolYear(year) && range.from <= date && date <= range.to;
      }),
    );
  });
});

describe('schoolYearRange', () => {
  it.each([
    ['2026/27', '2026-08-01', '2027-07-31'],
    ['2099/00', '2099-08-01', '2100-07-31'],
  ] as const)('%s', (year, from, to) => expect(schoolYearRange(year)).toEqual({ from, to }));
});

describe('isSchoolYear', () => {
  it.each([
    ['2026/27', true],
    ['1999/00', true],
    ['2026/28', false],
    ['2026/2027', false],
    ['26/27', false],
    ['2026-27', false],
  ])('%s → %s', (value, valid) => expect(isSchoolYear(value)).toBe(valid));
});
