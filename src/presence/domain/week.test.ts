import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mondayOfWeekParam, weekOf, weekParamOf, type WeekHour } from './week.ts';
import { addDays } from '../../time/dates.ts';
import { isoWeekday } from '../../time/iso-dates.ts';

const calendar = { country: 'NO' as const, holidays: [{ from: '2026-09-28', to: '2026-10-02', label: 'Høstferie' }] };
const hour = (fields: Partial<WeekHour>): WeekHour => ({
  id: 'h1',
  unitId: 'u1',
  weekday: 2,
  start: '12:00',
  end: '14:00',
  slotMinutes: 30,
  from: '2026-08-17',
  to: '2027-06-18',
  ...fields,
});

describe('mondayOfWeekParam', () => {
  it.each([
    ['2026-W39', '2026-09-21'],
    ['2026-W01', '2025-12-29'],
    ['2026-W53', '2026-12-28'],
    ['2027-W53', null],
    ['2026-W00', null],
    ['2026-39', null],
    ['', null],
  ])('%s → %s', (param, monday) => {
    expect(mondayOfWeekParam(param)).toBe(monday);
  });

  it('reads back what weekParamOf writes, for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const date = addDays('2000-01-01', offset);
        const monday = mondayOfWeekParam(weekParamOf(date))!;
        expect(isoWeekday(monday)).toBe(1);
        expect(monday <= date && date < addDays(monday, 7)).toBe(true);
      }),
    );
  });
});

describe('weekOf', () => {
  it('holds each hour on its weekday with its slots and bookings, in start order', () => {
    const days = weekOf(
      calendar,
      '2026-09-21',
      [hour({ id: 'late', unitId: 'u2', start: '14:30', end: '15:00' }), hour({})],
      [
        { hourId: 'h1', date: '2026-09-22', start: '13:00' },
        { hourId: 'h1', date: '2026-09-22', start: '12:00' },
        { hourId: 'h1', date: '2026-09-29', start: '12:00' },
      ],
    );
    expect(days.map((d) => d.date)).toEqual(['2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-25', '2026-09-26', '2026-09-27']);
    expect(days[1]!.hours).toEqual([
      { hourId: 'h1', unitId: 'u1', start: '12:00', end: '14:00', slots: 4, booked: ['12:00', '13:00'] },
      { hourId: 'late', unitId: 'u2', start: '14:30', end: '15:00', slots: 1, booked: [] },
    ]);
    expect(days.filter((d) => d.hours.length > 0)).toHaveLength(1);
    expect(days[5]!.closure).toEqual({ kind: 'weekend' });
  });

  it.each([
    ['a school holiday', '2026-09-28', { kind: 'school_holiday', label: 'Høstferie' }],
    ['a public holiday (Christmas Day is a Friday in 2026)', '2026-12-21', { kind: 'public_holiday' }],
  ])('holds nothing on %s', (_name, monday, closure) => {
    const days = weekOf(calendar, monday, [hour({ weekday: 5 }), hour({ id: 'h2', weekday: 2 })], []);
    const closed = days.find((d) => d.closure !== null && d.closure.kind !== 'weekend')!;
    expect(closed.closure).toEqual(closure);
    expect(closed.hours).toEqual([]);
  });

  it('holds nothing outside the hour’s dates', () => {
    expect(weekOf(calendar, '2027-06-21', [hour({})], []).flatMap((d) => d.hours)).toEqual([]);
  });
});
