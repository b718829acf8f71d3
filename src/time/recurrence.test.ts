import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { fromMinutes, toMinutes } from './clock-time.ts';
import { anyCalendar, anyDate, bare, jammerbugt, oslo } from './calendar-fixture.ts';
import { isoWeekday } from './iso-dates.ts';
import { occurrenceOn, occurrencesOf, parseRecurringHour, slotsOf, type RecurringHour, type RecurringHourInput } from './recurrence.ts';
import { isClosed } from './school-calendar.ts';

const tuesday: RecurringHour = { weekday: 2, start: '12:00', end: '14:00', slotMinutes: 30, from: '2026-08-17', to: '2027-06-18' };
const hour = (weekday: RecurringHour['weekday'], from: string, to: string): RecurringHour => ({ ...tuesday, weekday, from, to });
const dates = (occurrences: { date: string }[]) => occurrences.map((o) => o.date);

describe('parseRecurringHour', () => {
  const valid: RecurringHourInput = { ...tuesday };

  it('accepts a valid hour and returns exactly its fields', () => {
    expect(parseRecurringHour({ ...valid, extra: 'ignored' } as RecurringHourInput)).toEqual({ ok: true, hour: tuesday });
  });

  it.each([
    ['end before start', { end: '11:00' }, [{ field: 'end', code: 'end_before_start' }]],
    ['empty hour', { end: '12:00' }, [{ field: 'end', code: 'end_before_start' }]],
    ['slot longer than the hour', { slotMinutes: 150 }, [{ field: 'slotMinutes', code: 'slot_longer_than_hour' }]],
    ['slot as long as the hour is fine', { slotMinutes: 120 }, []],
    ['zero slot', { slotMinutes: 0 }, [{ field: 'slotMinutes', code: 'slot_not_positive' }]],
    ['negative slot', { slotMinutes: -15 }, [{ field: 'slotMinutes', code: 'slot_not_positive' }]],
    ['fractional slot', { slotMinutes: 7.5 }, [{ field: 'slotMinutes', code: 'slot_not_positive' }]],
    ['NaN slot', { slotMinutes: Number.NaN }, [{ field: 'slotMinutes', code: 'slot_not_positive' }]],
    ['to before from', { from: '2027-06-18', to: '2026-08-17' }, [{ field: 'to', code: 'to_before_from' }]],
    ['Saturday', { weekday: 6 }, [{ field: 'weekday', code: 'not_a_weekday' }]],
    ['Sunday as 0', { weekday: 0 }, [{ field: 'weekday', code: 'not_a_weekday' }]],
    ['weekday 2.5', { weekday: 2.5 }, [{ field: 'weekday', code: 'not_a_weekday' }]],
    ['bad start', { start: '12' }, [{ field: 'start', code: 'bad_time' }]],
    ['24:00 end', { end: '24:00' }, [{ field: 'end', code: 'bad_time' }]],
    ['impossible date', { from: '2026-02-30' }, [{ field: 'from', code: 'bad_date' }]],
    [
      'everything wrong at once',
      { weekday: 7, start: 'x', end: 'y', slotMinutes: 0, from: 'a', to: 'b' },
      [
        { field: 'weekday', code: 'not_a_weekday' },
        { field: 'start', code: 'bad_time' },
        { field: 'end', code: 'bad_time' },
        { field: 'slotMinutes', code: 'slot_not_positive' },
        { field: 'from', code: 'bad_date' },
        { field: 'to', code: 'bad_date' },
      ],
    ],
  ])('%s', (_case, change, errors) => {
    const parsed = parseRecurringHour({ ...valid, ...change });
    expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.record({ weekday: fc.double(), start: fc.string(), end: fc.string(), slotMinutes: fc.double(), from: fc.string(), to: fc.string() }),
        (input) => {
          parseRecurringHour(input);
        },
      ),
    );
  });
});

describe('occurrencesOf', () => {
  it.each([
    ['Tuesdays to October skip the autumn break (29 Sep)', oslo, hour(2, '2026-08-17', '2026-10-31'), ['2026-08-18', '2026-08-25', '2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']],
    ['a start on a Saturday begins the Monday after', bare('NO'), hour(1, '2026-08-22', '2026-09-07'), ['2026-08-24', '2026-08-31', '2026-09-07']],
    ['Thursdays around Easter 2027 skip Maundy Thursday', bare('NO'), hour(4, '2027-03-15', '2027-04-10'), ['2027-03-18', '2027-04-01', '2027-04-08']],
    ['Mondays around Easter 2027 skip Easter Monday', bare('DK'), hour(1, '2027-03-20', '2027-04-06'), ['2027-03-22', '2027-04-05']],
    ['Mondays with the Easter holiday skip the whole week in Oslo', oslo, hour(1, '2027-03-15', '2027-04-06'), ['2027-03-15', '2027-04-05']],
    ['Fridays over Christmas skip 25 Dec and 1 Jan', bare('NO'), hour(5, '2026-12-14', '2027-01-10'), ['2026-12-18', '2027-01-08']],
    ['Mondays over Christmas in Oslo skip the planning day 4 Jan', oslo, hour(1, '2026-12-14', '2027-01-12'), ['2026-12-14', '2027-01-11']],
    ['Fridays around 1 May 2026 in Norway', bare('NO'), hour(5, '2026-04-27', '2026-05-10'), ['2026-05-08']],
    ['Fridays around 1 May 2026 in Denmark', bare('DK'), hour(5, '2026-04-27', '2026-05-10'), ['2026-05-01', '2026-05-08']],
    ['Wednesdays in Danish autumn break week 42', jammerbugt, hour(3, '2026-10-05', '2026-10-25'), ['2026-10-07', '2026-10-21']],
    ['a single day', oslo, hour(2, '2026-09-08', '2026-09-08'), ['2026-09-08']],
    ['a range with no Tuesday', oslo, hour(2, '2026-09-09', '2026-09-14'), []],
  ] as const)('%s', (_case, calendar, plan, expected) => {
    expect(dates(occurrencesOf(calendar, plan))).toEqual(expected);
  });

  it('limits to a window, e.g. the week a booking page shows', () => {
    expect(occurrencesOf(oslo, tuesday, { from: '2026-09-07', to: '2026-09-13' })).toEqual([{ date: '2026-09-08', start: '12:00', end: '14:00' }]);
    expect(occurrencesOf(oslo, tuesday, { from: '2026-07-01', to: '2026-08-19' })).toEqual([{ date: '2026-08-18', start: '12:00', end: '14:00' }]);
  });

  it('gives exactly the open days of the weekday in range, in order, never a closed day or a weekend', () => {
    fc.assert(
      fc.property(anyCalendar, fc.integer({ min: 1, max: 5 }), anyDate, fc.integer({ min: 0, max: 400 }), (calendar, weekday, from, span) => {
        const plan = hour(weekday as RecurringHour['weekday'], from, addDays(from, span));
        const found = dates(occurrencesOf(calendar, plan));
        const expected: string[] = [];
        for (let day = plan.from; day <= plan.to; day = addDays(day, 1)) {
          if (isoWeekday(day) === weekday && !isClosed(calendar, day)) expected.push(day);
        }
        expect(found).toEqual(expected);
        for (const date of found) {
          expect(isoWeekday(date)).toBeLessThanOrEqual(5);
          expect(isClosed(calendar, date)).toBe(false);
          expect(occurrenceOn(calendar, plan, date)).not.toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('occurrenceOn', () => {
  it.each([
    ['a Tuesday in term', '2026-09-08', true],
    ['a Wednesday', '2026-09-09', false],
    ['Tuesday in autumn break', '2026-09-29', false],
    ['before the plan starts', '2026-08-11', false],
    ['after the plan ends', '2027-06-22', false],
  ])('%s', (_case, date, held) => expect(occurrenceOn(oslo, tuesday, date) !== null).toBe(held));
});

describe('slotsOf', () => {
  it.each([
    ['two hours in 30 minutes', '12:00', '14:00', 30, [['12:00', '12:30'], ['12:30', '13:00'], ['13:00', '13:30'], ['13:30', '14:00']]],
    ['last partial slot dropped', '12:00', '13:10', 20, [['12:00', '12:20'], ['12:20', '12:40'], ['12:40', '13:00']]],
    ['one slot the whole hour', '08:15', '09:00', 45, [['08:15', '09:00']]],
    ['slot longer than the hour', '08:00', '08:30', 45, []],
    ['across the hour', '09:50', '10:20', 15, [['09:50', '10:05'], ['10:05', '10:20']]],
    ['zero slot gives none (never loops)', '08:00', '09:00', 0, []],
  ] as const)('%s', (_case, start, end, slot, expected) => {
    expect(slotsOf({ start, end }, slot).map((s) => [s.start, s.end])).toEqual(expected);
  });

  it('tiles the hour from its start without gaps or overlaps, dropping only a partial last slot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 180 }), (startMin, length, slot) => {
        const endMin = Math.min(1439, startMin + length);
        const start = fromMinutes(startMin);
        const end = fromMinutes(endMin);
        const slots = slotsOf({ start, end }, slot);
        expect(slots.length).toBe(Math.floor((endMin - startMin) / slot));
        slots.forEach((s, i) => {
          expect(toMinutes(s.end) - toMinutes(s.start)).toBe(slot);
          expect(i === 0 ? s.start : slots[i - 1]?.end).toBe(s.start);
        });
        const lastEnd = slots.at(-1)?.end ?? start;
        expect(toMinutes(lastEnd) <= endMin && endMin - toMinutes(lastEnd) < slot).toBe(true);
      }),
    );
  });
});
