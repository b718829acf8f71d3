import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../time/dates.ts';
import { anyCalendar, anyDate, oslo } from '../../time/calendar-fixture.ts';
import { firstClash, travelMinutesFrom, type PlannedHour } from './clashes.ts';
import { fromMinutes, toMinutes } from '../../time/clock-time.ts';
import { occurrencesOf, type SchoolWeekday } from '../../time/recurrence.ts';
import type { SchoolCalendar } from '../../time/school-calendar.ts';

const travel = travelMinutesFrom({
  defaultMinutes: 20,
  between: [{ unitA: 'north-school', unitB: 'north-kindergarten', minutes: 5 }],
});

const plan = (unitId: string, start: string, end: string, change: Partial<PlannedHour> = {}): PlannedHour => ({
  unitId,
  weekday: 2,
  start,
  end,
  slotMinutes: 15,
  from: '2026-08-17',
  to: '2027-06-18',
  ...change,
});

describe('travelMinutesFrom', () => {
  it.each([
    ['same unit', 'north-school', 'north-school', 0],
    ['configured pair', 'north-school', 'north-kindergarten', 5],
    ['configured pair, other way round', 'north-kindergarten', 'north-school', 5],
    ['anything else takes the default', 'north-school', 'south-school', 20],
  ])('%s', (_case, a, b, minutes) => expect(travel(a, b)).toBe(minutes));
});

describe('firstClash', () => {
  it.each([
    ['overlapping times at two schools', [plan('north-school', '12:00', '14:00')], plan('south-school', '13:00', '15:00'), '2026-08-18', 20],
    ['back to back at two schools, no time to travel', [plan('north-school', '12:00', '14:00')], plan('south-school', '14:00', '15:00'), '2026-08-18', 20],
    ['a gap shorter than the travel time', [plan('north-school', '12:00', '14:00')], plan('north-kindergarten', '14:04', '15:00'), '2026-08-18', 5],
    ['overlap at the same unit', [plan('north-school', '12:00', '14:00')], plan('north-school', '13:45', '15:00'), '2026-08-18', 0],
    [
      'first shared day is in the autumn break, so the clash is the week after',
      [plan('north-school', '12:00', '14:00', { to: '2026-10-31' })],
      plan('south-school', '12:00', '13:00', { from: '2026-09-28' }),
      '2026-10-06',
      20,
    ],
    [
      'starting on Easter Tuesday 2027 (after the Easter holiday)',
      [plan('north-school', '12:00', '14:00')],
      plan('south-school', '12:00', '13:00', { from: '2027-03-21' }),
      '2027-03-30',
      20,
    ],
    [
      'a Monday plan meets the first Monday after Christmas and the planning day',
      [plan('north-school', '08:00', '09:00', { weekday: 1 })],
      plan('south-school', '08:30', '09:30', { weekday: 1, from: '2026-12-21' }),
      '2027-01-11',
      20,
    ],
  ] as const)('%s', (_case, existing, proposed, date, minutes) => {
    const clash = firstClash(oslo, existing, proposed, travel);
    expect(clash).toEqual({
      date,
      existing: { unitId: existing[0]?.unitId, start: existing[0]?.start, end: existing[0]?.end },
      proposed: { start: proposed.start, end: proposed.end },
      travelMinutes: minutes,
    });
  });

  it.each([
    ['back to back at the same unit', [plan('north-school', '12:00', '14:00')], plan('north-school', '14:00', '15:00')],
    ['a gap exactly the travel time', [plan('north-school', '12:00', '14:00')], plan('south-school', '14:20', '15:00')],
    ['another weekday', [plan('north-school', '12:00', '14:00')], plan('south-school', '12:00', '14:00', { weekday: 3 })],
    ['dates that do not meet', [plan('north-school', '12:00', '14:00', { to: '2026-12-31' })], plan('south-school', '12:00', '14:00', { from: '2027-01-01' })],
    [
      'dates that meet only in the autumn break',
      [plan('north-school', '12:00', '14:00', { to: '2026-09-29' })],
      plan('south-school', '12:00', '14:00', { from: '2026-09-28', to: '2026-10-04' }),
    ],
    ['no existing plans', [], plan('south-school', '12:00', '14:00')],
  ] as const)('no clash: %s', (_case, existing, proposed) => {
    expect(firstClash(oslo, existing, proposed, travel)).toBeNull();
  });

  it('reports the earliest date first, then on that date the earlier existing hour', () => {
    const existing = [
      plan('east-school', '12:00', '13:00', { from: '2026-10-06' }),
      plan('north-school', '13:00', '14:00', { from: '2026-09-08' }),
      plan('west-school', '12:30', '13:00', { from: '2026-09-08' }),
    ];
    expect(firstClash(oslo, existing, plan('south-school', '12:00', '13:30'), travel)).toMatchObject({
      date: '2026-09-08',
      existing: { unitId: 'west-school', start: '12:30' },
    });
  });

  const units = ['north-school', 'north-kindergarten', 'south-school'];
  const anyPlan = fc
    .record({
      unitId: fc.constantFrom(...units),
      weekday: fc.integer({ min: 1, max: 5 }),
      start: fc.integer({ min: 7 * 60, max: 16 * 60 }),
      length: fc.integer({ min: 15, max: 180 }),
      from: anyDate,
      span: fc.integer({ min: 0, max: 200 }),
    })
    .map(({ unitId, weekday, start, length, from, span }) =>
      plan(unitId, fromMinutes(start), fromMinutes(start + length), { weekday: weekday as SchoolWeekday, from, to: addDays(from, span) }),
    );

  /** The naive oracle: compare every pair of occurrences. */
  const naiveFirstDate = (calendar: SchoolCalendar, existing: PlannedHour[], proposed: PlannedHour) => {
    const clashDates = existing.flatMap((other) => {
      const t = travel(other.unitId, proposed.unitId);
      const theirs = new Set(occurrencesOf(calendar, other).map((o) => o.date));
      return occurrencesOf(calendar, proposed)
        .filter((o) => theirs.has(o.date))
        .filter(() => toMinutes(other.start) < toMinutes(proposed.end) + t && toMinutes(proposed.start) < toMinutes(other.end) + t)
        .map((o) => o.date);
    });
    return clashDates.sort()[0] ?? null;
  };

  it('agrees with comparing every pair of occurrences', () => {
    fc.assert(
      fc.property(anyCalendar, fc.array(anyPlan, { maxLength: 6 }), anyPlan, (calendar, existing, proposed) => {
        expect(firstClash(calendar, existing, proposed, travel)?.date ?? null).toBe(naiveFirstDate(calendar, existing, proposed));
      }),
      { numRuns: 200 },
    );
  });

  it('is symmetric: if B clashes with A, A clashes with B on the same date', () => {
    fc.assert(
      fc.property(anyCalendar, anyPlan, anyPlan, (calendar, a, b) => {
        const ab = firstClash(calendar, [a], b, travel);
        const ba = firstClash(calendar, [b], a, travel);
        expect(ba?.date ?? null).toBe(ab?.date ?? null);
        expect(ba?.travelMinutes ?? null).toBe(ab?.travelMinutes ?? null);
      }),
    );
  });
});
