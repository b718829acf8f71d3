/** Windows by hand and the counting rules' properties over any calendar and any absences. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCalendar, anyDate } from '../../time/calendar-fixture.ts';
import { addDays } from '../../time/dates.ts';
import type { Absence } from './absence.ts';
import type { Measure } from './guideline.ts';
import { measure } from './measures.ts';
import { schoolDaysIn, windowOn } from './windows.ts';

describe('windowOn', () => {
  it.each([
    [{ kind: 'rolling_weeks', weeks: 2 } as const, '2026-11-13', '2026-10-31'],
    [{ kind: 'rolling_weeks', weeks: 15 } as const, '2026-11-30', '2026-08-18'],
    [{ kind: 'calendar', period: 'month' } as const, '2026-11-30', '2026-11-01'],
    [{ kind: 'calendar', period: 'quarter' } as const, '2026-11-30', '2026-10-01'],
    [{ kind: 'calendar', period: 'quarter' } as const, '2027-03-31', '2027-01-01'],
    [{ kind: 'calendar', period: 'quarter' } as const, '2027-06-01', '2027-04-01'],
    [{ kind: 'calendar', period: 'half_year' } as const, '2026-08-01', '2026-08-01'],
    [{ kind: 'calendar', period: 'half_year' } as const, '2027-07-31', '2027-01-01'],
  ])('%o on %s starts %s', (window, asOf, from) => {
    expect(windowOn(window, asOf)).toEqual({ from, to: asOf });
  });
});

const MEASURES: Measure[] = ['days', 'single_days', 'lessons', 'occurrences', 'percent', 'days_in_a_row'];
/** Single days are the exception: a day next to a single day makes both part of a pair. */
const GROWING: Measure[] = MEASURES.filter((kind) => kind !== 'single_days');
const anyAbsence = fc.record({
  pupilId: fc.constant('p'),
  date: anyDate,
  lesson: fc.option(fc.integer({ min: 1, max: 8 })),
  minutes: fc.integer({ min: 1, max: 400 }),
  kind: fc.constantFrom('sick' as const, 'illegal' as const, 'late' as const),
});

describe('measure', () => {
  it('loses a single day when the day after is missed too', () => {
    const rule = { measure: 'single_days', kinds: ['sick'] } as const;
    const tuesday: Absence = { pupilId: 'p', date: '2026-11-03', lesson: null, minutes: 330, kind: 'sick' };
    const schoolDays = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
    expect(measure(rule, [tuesday], schoolDays, 330).value).toBe(1);
    expect(measure(rule, [tuesday, { ...tuesday, date: '2026-11-04' }], schoolDays, 330).value).toBe(0);
  });

  it('never falls when one more absence is added, and stays within the window', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, fc.array(anyAbsence, { maxLength: 30 }), anyAbsence, fc.constantFrom(...GROWING), (calendar, from, absences, extra, kind) => {
        const schoolDays = schoolDaysIn(calendar, { from, to: addDays(from, 120) });
        const rule = { measure: kind, kinds: ['sick', 'illegal', 'late'] as const };
        const before = measure(rule, absences, schoolDays, 330).value;
        const after = measure(rule, [...absences, extra], schoolDays, 330).value;
        expect(after).toBeGreaterThanOrEqual(before);
        if (kind === 'percent') expect(after).toBeLessThanOrEqual(100);
        if (kind === 'days' || kind === 'days_in_a_row') expect(after).toBeLessThanOrEqual(schoolDays.length);
      }),
    );
  });

  it('counts no absence on a closed day or of a kind the rule leaves out', () => {
    fc.assert(
      fc.property(anyCalendar, anyDate, fc.array(anyAbsence, { maxLength: 30 }), fc.constantFrom(...MEASURES), (calendar, from, absences, kind) => {
        const schoolDays = schoolDaysIn(calendar, { from, to: addDays(from, 60) });
        const open = new Set(schoolDays);
        const counted: Absence[] = absences.filter((a) => open.has(a.date) && a.kind === 'sick');
        const rule = { measure: kind, kinds: ['sick'] as const };
        expect(measure(rule, absences, schoolDays, 330)).toEqual(measure(rule, counted, schoolDays, 330));
      }),
    );
  });
});
