import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCalendar, jammerbugt, oslo } from '../../time/calendar-fixture.ts';
import { carryOverActions, proposeMeetingDates, type ActionPoint } from './annual-plan.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import type { SchoolWeekday } from '../../time/recurrence.ts';
import { isClosed } from '../../time/school-calendar.ts';
import { schoolYearRange, type SchoolYear } from '../../time/school-year.ts';

const wednesday = { weekday: 3, start: '14:00', end: '15:30' } as const;
const dates = (meetings: { date: string }[]) => meetings.map((m) => m.date);

describe('proposeMeetingDates', () => {
  it.each([
    ['six Wednesdays in Oslo 2026/27 (3rd, 9th, 15th, 21st, 27th, 33rd of 35)', oslo, wednesday, 6, ['2026-09-16', '2026-11-04', '2026-12-16', '2027-02-10', '2027-04-07', '2027-05-19']],
    ['one meeting lands mid-year (18th of 35 candidates)', oslo, wednesday, 1, ['2027-01-20']],
    ['no meetings asked for', oslo, wednesday, 0, []],
    ['four Thursdays in Denmark (5th, 14th, 23rd, 32nd of 36)', jammerbugt, { ...wednesday, weekday: 4 }, 4, ['2026-09-24', '2026-12-03', '2027-02-25', '2027-05-13']],
  ] as const)('%s', (_case, calendar, preference, count, expected) => {
    expect(dates(proposeMeetingDates(calendar, '2026/27', preference, count))).toEqual(expected);
  });

  it('spreads the meetings over a window of the year only, e.g. from today (4th, 10th, 16th, 22nd of 25 from 18 Nov)', () => {
    const found = dates(proposeMeetingDates(oslo, '2026/27', wednesday, 4, { from: '2026-11-18', to: '2027-07-31' }));
    expect(found).toEqual(['2026-12-09', '2027-02-03', '2027-03-31', '2027-05-12']);
  });

  it('defaults to six meetings at the preferred time', () => {
    const meetings = proposeMeetingDates(oslo, '2026/27', wednesday);
    expect(meetings).toHaveLength(6);
    expect(meetings.every((m) => m.start === '14:00' && m.end === '15:30')).toBe(true);
  });

  it('skips the first and last two teaching weeks, holidays and closed days when asked for every week', () => {
    const all = dates(proposeMeetingDates(oslo, '2026/27', wednesday, 100));
    // Teaching runs from week 34 (17 Aug) to week 24 (ends 18 Jun); weeks 34, 35, 23 and 24 are skipped,
    // leaving 40 Wednesdays (2 Sep–2 Jun), less autumn, Christmas (2), winter and Easter: 35.
    expect(all[0]).toBe('2026-09-02');
    expect(all.at(-1)).toBe('2027-06-02');
    for (const closed of ['2026-09-30', '2026-12-23', '2027-02-24', '2027-03-24']) expect(all).not.toContain(closed);
    expect(all).toHaveLength(35);
  });

  it('on Mondays avoids Easter Monday, Whit Monday/17 May and the planning day', () => {
    const all = dates(proposeMeetingDates(oslo, '2026/27', { ...wednesday, weekday: 1 }, 100));
    for (const closed of ['2027-03-29', '2027-05-17', '2027-01-04']) expect(all).not.toContain(closed);
  });

  it('on Thursdays avoids Ascension Day 2027 in Denmark', () => {
    expect(dates(proposeMeetingDates(jammerbugt, '2026/27', { ...wednesday, weekday: 4 }, 100))).not.toContain('2027-05-06');
  });

  it('gives sorted, distinct, open days of the preferred weekday inside the school year, no more than asked', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        fc.integer({ min: 2024, max: 2027 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 60 }),
        (calendar, start, weekday, count) => {
          const schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}` as SchoolYear;
          const found = dates(proposeMeetingDates(calendar, schoolYear, { ...wednesday, weekday: weekday as SchoolWeekday }, count));
          const range = schoolYearRange(schoolYear);
          expect(found.length).toBeLessThanOrEqual(count);
          found.forEach((date, i) => {
            expect(range.from <= date && date <= range.to).toBe(true);
            expect(isClosed(calendar, date)).toBe(false);
            expect(isoWeekday(date)).toBe(weekday);
            if (i > 0) expect((found[i - 1] ?? '') < date).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is deterministic, and asking for as many as there are candidates gives every candidate', () => {
    const every = proposeMeetingDates(oslo, '2026/27', wednesday, 100);
    expect(proposeMeetingDates(oslo, '2026/27', wednesday, every.length)).toEqual(every);
    expect(proposeMeetingDates(oslo, '2026/27', wednesday, 6)).toEqual(proposeMeetingDates(oslo, '2026/27', wednesday, 6));
  });
});

describe('carryOverActions', () => {
  const action = (id: string, status: ActionPoint['status']): ActionPoint => ({ id, text: `Action ${id}`, owner: `owner-${id}`, due: '2026-10-15', status });

  it.each([
    ['nothing to carry', [], []],
    ['closed ones stay behind', [action('a', 'closed')], []],
    ['open ones move with owner and due date, in order', [action('a', 'open'), action('b', 'closed'), action('c', 'open')], ['a', 'c']],
  ] as const)('%s', (_case, previous, carried) => {
    const result = carryOverActions(previous, 'meeting-2');
    expect(result.map((r) => r.carriedFromId)).toEqual(carried);
    for (const r of result) {
      expect(r).toEqual({ text: `Action ${r.carriedFromId}`, owner: `owner-${r.carriedFromId}`, due: '2026-10-15', status: 'open', meetingId: 'meeting-2', carriedFromId: r.carriedFromId });
    }
  });

  it('carries exactly the open ones', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<ActionPoint['status']>('open', 'closed')), (statuses) => {
        const previous = statuses.map((status, i) => action(String(i), status));
        const carried = carryOverActions(previous, 'next');
        return carried.length === statuses.filter((s) => s === 'open').length && carried.every((c) => c.status === 'open' && c.meetingId === 'next');
      }),
    );
  });
});
