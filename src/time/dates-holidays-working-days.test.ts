import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './dates.ts';
import { easterSunday, isPublicHoliday, publicHolidays } from './public-holidays.ts';
import { addWorkingDays, isWorkingDay, nextWorkingDay } from './working-days.ts';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        return weekday(easter) === 0 && easter >= `${year}-03-22` && easter <= `${year}-04-25`;
      }),
    );
  });
});

describe('publicHolidays', () => {
  it('knows Norway 2026, constitution day and Easter included', () => {
    expect(publicHolidays('NO', 2026)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('knows Denmark without Great Prayer Day from 2024, with it before', () => {
    expect(isPublicHoliday('DK', '2023-05-05')).toBe(true);
    expect(isPublicHoliday('DK', '2024-04-26')).toBe(false);
    expect(isPublicHoliday('DK', '2026-05-17')).toBe(false);
    expect(isPublicHoliday('DK', '2026-05-01')).toBe(false);
  });
});

describe('working days', () => {
  it.each([
    ['Friday → Monday', 'NO', '2026-11-20', '2026-11-23'],
    ['Wednesday → Thursday', 'NO', '2026-11-25', '2026-11-26'],
    ['Wednesday before Easter → Tuesday after (NO)', 'NO', '2026-04-01', '2026-04-07'],
    ['Wednesday before Easter → Tuesday after (DK)', 'DK', '2026-04-01', '2026-04-07'],
    ['Christmas Eve → 28 December', 'NO', '2026-12-24', '2026-12-28'],
    ['15 May 2026 (Fri) → 18 May, 17 May is a Sunday', 'NO', '2026-05-15', '2026-05-18'],
  ] as const)('next after %s', (_case, country, date, next) => {
    expect(nextWorkingDay(country, date)).toBe(next);
  });

  it('six working days from a Monday in Denmark end on the next Tuesday', () => {
    expect(addWorkingDays('DK', '2026-11-23', 6)).toBe('2026-12-01');
  });

  it('always lands on a working day after the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('NO' as const, 'DK' as const),
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 30 }),
        (country, offset, count) => {
          const start = addDays('2024-01-01', offset);
          const end = addWorkingDays(country, start, count);
          return end > start && isWorkingDay(country, end);
        },
      ),
    );
  });
});
