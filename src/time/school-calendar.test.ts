import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './working-days.ts';
import { anyCalendar, anyDate, bare, jammerbugt, oslo } from './calendar-fixture.ts';
import { isoWeekday } from './iso-dates.ts';
import { closureOn, isClosed, latestOpenDay, validateHolidayPeriod } from './school-calendar.ts';

describe('closureOn', () => {
  it.each([
    ['an ordinary Tuesday', oslo, '2026-09-08', null],
    ['a Saturday', oslo, '2026-09-12', { kind: 'weekend' }],
    ['a Sunday inside the autumn break is a weekend first', oslo, '2026-10-04', { kind: 'weekend' }],
    ['Monday of the autumn break (NO week 40)', oslo, '2026-09-28', { kind: 'school_holiday', label: 'Høstferie' }],
    ['the same Monday in Denmark is open', jammerbugt, '2026-09-28', null],
    ['Danish autumn break (week 42)', jammerbugt, '2026-10-14', { kind: 'school_holiday', label: 'Efterårsferie' }],
    ['Christmas Day 2026, a Friday', bare('NO'), '2026-12-25', { kind: 'public_holiday' }],
    ['Christmas Eve is a school holiday, not a public one', oslo, '2026-12-24', { kind: 'school_holiday', label: 'Juleferie' }],
    ['2 January 2027 ends the Christmas holiday (inclusive), but is a Saturday', oslo, '2027-01-02', { kind: 'weekend' }],
    ['the planning day after Christmas', oslo, '2027-01-04', { kind: 'closed_day' }],
    ['Maundy Thursday 2027 (NO)', bare('NO'), '2027-03-25', { kind: 'public_holiday' }],
    ['Good Friday 2027 (DK)', bare('DK'), '2027-03-26', { kind: 'public_holiday' }],
    ['Easter Monday 2027 (DK)', bare('DK'), '2027-03-29', { kind: 'public_holiday' }],
    ['Tuesday after Easter 2027', bare('NO'), '2027-03-30', null],
    ['1 May 2026 is a holiday in Norway', bare('NO'), '2026-05-01', { kind: 'public_holiday' }],
    ['… but not in Denmark', bare('DK'), '2026-05-01', null],
    ['Whit Monday and Constitution Day coincide on 17 May 2027', bare('NO'), '2027-05-17', { kind: 'public_holiday' }],
    ['Ascension Day 2027 (DK)', bare('DK'), '2027-05-06', { kind: 'public_holiday' }],
  ] as const)('%s', (_case, calendar, date, closure) => expect(closureOn(calendar, date)).toEqual(closure));
});

describe('isClosed', () => {
  it('closes every weekend', () => {
    fc.assert(fc.property(anyCalendar, anyDate, (calendar, date) => isoWeekday(date) <= 5 || isClosed(calendar, date)));
  });

  it('without holiday periods, is open exactly on the kernel’s working days', () => {
    fc.assert(
      fc.property(fc.constantFrom('NO' as const, 'DK' as const), anyDate, (country, date) => isClosed(bare(country), date) === !isWorkingDay(country, date)),
    );
  });

  it('closes every day of every holiday period', () => {
    fc.assert(
      fc.property(anyCalendar, fc.nat(), (calendar, pick) => {
        const period = calendar.holidays[pick % Math.max(1, calendar.holidays.length)];
        return period === undefined || (isClosed(calendar, period.from) && isClosed(calendar, period.to));
      }),
    );
  });
});

describe('latestOpenDay', () => {
  it.each([
    ['an open Tuesday is its own', bare('NO'), '2026-09-08', '2026-09-08'],
    ['a Sunday goes back to Friday', bare('NO'), '2026-09-13', '2026-09-11'],
    ['Saturday 1 August 2026 goes back to Friday 31 July', bare('NO'), '2026-08-01', '2026-07-31'],
    ['Easter Monday 2027 (NO) goes back past Easter to the Wednesday before', bare('NO'), '2027-03-29', '2027-03-24'],
    ['Monday of Oslo’s autumn break goes back to the Friday before it', oslo, '2026-09-28', '2026-09-25'],
    ['the planning day after Christmas goes back past the whole Christmas holiday', oslo, '2027-01-04', '2026-12-18'],
  ] as const)('%s', (_case, calendar, date, open) => expect(latestOpenDay(calendar, date)).toBe(open));

  it('is never after the date and always open, unless nothing in a year is', () => {
    fc.assert(fc.property(anyCalendar, anyDate, (calendar, date) => {
      const open = latestOpenDay(calendar, date);
      return open <= date && (!isClosed(calendar, open) || open === date);
    }));
  });
});

describe('validateHolidayPeriod', () => {
  it.each([
    ['a valid week', { from: '2026-09-28', to: '2026-10-02' }, []],
    ['a single day', { from: '2026-09-28', to: '2026-09-28' }, []],
    ['reversed', { from: '2026-10-02', to: '2026-09-28' }, [{ field: 'to', code: 'to_before_from' }]],
    ['not dates', { from: '28.09.2026', to: '2026-02-30' }, [{ field: 'from', code: 'bad_date' }, { field: 'to', code: 'bad_date' }]],
  ])('%s', (_case, period, errors) => expect(validateHolidayPeriod(period)).toEqual(errors));
});
