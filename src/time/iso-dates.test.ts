import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { anyDate } from './calendar-fixture.ts';
import { isIsoDate, isoWeek, isoWeekday, mondayOfIsoWeek } from './iso-dates.ts';

describe('isIsoDate', () => {
  it.each([
    ['2026-08-17', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-8-17', false],
    ['17.08.2026', false],
    ['', false],
  ])('%s → %s', (value, valid) => expect(isIsoDate(value)).toBe(valid));
});

describe('isoWeekday', () => {
  it.each([
    ['2026-08-17', 1],
    ['2026-08-21', 5],
    ['2026-08-22', 6],
    ['2026-08-23', 7],
  ])('%s → %i', (date, day) => expect(isoWeekday(date)).toBe(day));
});

describe('isoWeek', () => {
  it.each([
    ['2026-01-01 is a Thursday, so week 1', '2026-01-01', 2026, 1],
    ['2025-12-29 is already 2026 week 1', '2025-12-29', 2026, 1],
    ['2024-12-30 belongs to 2025', '2024-12-30', 2025, 1],
    ['2027-01-01 belongs to 2026 week 53', '2027-01-01', 2026, 53],
    ['2021-01-03 belongs to 2020 week 53', '2021-01-03', 2020, 53],
    ['school start 2026', '2026-08-17', 2026, 34],
    ['autumn break 2026 (Sunday ends the week)', '2026-10-04', 2026, 40],
    ['winter break 2027', '2027-02-22', 2027, 8],
  ])('%s', (_case, date, year, week) => expect(isoWeek(date)).toEqual({ year, week }));
});

describe('mondayOfIsoWeek', () => {
  it.each([
    [2025, 1, '2024-12-30'],
    [2026, 1, '2025-12-29'],
    [2026, 40, '2026-09-28'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
    [2027, 8, '2027-02-22'],
    [2028, 9, '2028-02-28'],
  ])('%i week %i → %s', (year, week, monday) => expect(mondayOfIsoWeek(year, week)).toBe(monday));

  it('is the Monday of the week a date falls in', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, week } = isoWeek(date);
        const monday = mondayOfIsoWeek(year, week);
        return isoWeekday(monday) === 1 && monday <= date && date <= addDays(monday, 6);
      }),
    );
  });

  it('round-trips every week 1–52', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 52 }), (year, week) => {
        expect(isoWeek(mondayOfIsoWeek(year, week))).toEqual({ year, week });
      }),
    );
  });
});
