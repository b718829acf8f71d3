import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../../time/school-calendar.ts';
import { DENMARK, RINGSAKER } from './presets.ts';
import { termDays, termMeasure, termSoFar, type TermAbsence } from './term.ts';

describe('the term so far', () => {
  it.each([
    ['2026-11-23', '2026-08-01'],
    ['2026-08-01', '2026-08-01'],
    ['2026-12-31', '2026-08-01'],
    ['2027-01-01', '2027-01-01'],
    ['2027-07-31', '2027-01-01'],
  ])('on %s starts on %s', (today, from) => {
    expect(termSoFar(today)).toEqual({ from, to: today });
  });
});

describe("a pupil's term day by day", () => {
  // Wednesday 18 November is a planning day; a day is 300 minutes; only undocumented absence counts.
  const calendar: SchoolCalendar = { country: 'NO', holidays: [{ from: '2026-11-18', to: '2026-11-18', label: 'Planleggingsdag' }] };
  const whole = (date: string, kind: TermAbsence['kind'] = 'undocumented'): TermAbsence => ({ date, wholeDay: true, minutes: 300, kind });
  const lesson = (date: string, minutes: number, kind: TermAbsence['kind']): TermAbsence => ({ date, wholeDay: false, minutes, kind });
  const absences = [
    whole('2026-11-16'),
    lesson('2026-11-17', 60, 'sick'),
    whole('2026-11-18'),
    lesson('2026-11-19', 60, 'undocumented'),
    lesson('2026-11-19', 30, 'late'),
    whole('2026-11-21'),
    whole('2026-11-23'),
    lesson('2026-11-23', 60, 'undocumented'),
  ];
  const days = termDays(calendar, absences, { from: '2026-11-16', to: '2026-11-24' }, 300, ['undocumented']);

  // Counted by hand: missed minutes of undocumented absence so far / (school days so far × 300).
  it.each([
    // date, school day, minutes (every kind, capped), whole day, kinds, percent so far
    ['2026-11-16', true, 300, true, ['undocumented'], 100], // 300 / 300
    ['2026-11-17', true, 60, false, ['sick'], 50], // 300 / 600: sickness is shown, not counted
    ['2026-11-18', false, 0, false, [], null], // closed: the record on it is not counted
    ['2026-11-19', true, 90, false, ['undocumented', 'late'], 40], // 360 / 900
    ['2026-11-20', true, 0, false, [], 30], // 360 / 1200
    ['2026-11-23', true, 300, true, ['undocumented'], 44], // 660 / 1500: 360 minutes capped at the day
    ['2026-11-24', true, 0, false, [], 36.667], // 660 / 1800
  ] as const)('%s', (date, schoolDay, minutes, wholeDay, kinds, percent) => {
    const day = days.find((d) => d.date === date)!;
    expect({ schoolDay: day.schoolDay, minutes: day.minutes, wholeDay: day.wholeDay, kinds: day.kinds }).toEqual({ schoolDay, minutes, wholeDay, kinds });
    if (percent === null) expect(day.percent).toBeNull();
    else expect(day.percent).toBeCloseTo(percent, 3);
  });

  it('lists the weekdays only, the weekend and its record left out', () => {
    expect(days.map((d) => d.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24']);
  });

  it('is 0 % on a term without absence, and empty before the first weekday', () => {
    expect(termDays(calendar, [], { from: '2026-11-16', to: '2026-11-17' }, 300, ['undocumented']).map((d) => d.percent)).toEqual([0, 0]);
    expect(termDays(calendar, [], { from: '2026-11-21', to: '2026-11-22' }, 300, ['undocumented'])).toEqual([]);
  });
});

describe('what the percentage counts', () => {
  it("takes Denmark's 10 % rule: illegal absence, a 360-minute day", () => {
    expect(termMeasure(DENMARK, 'DK')).toEqual({ dayMinutes: 360, counted: ['illegal'], threshold: 10 });
  });

  it('counts every kind of the country with no line when the guideline has no percent rule, or there is none', () => {
    expect(termMeasure(undefined, 'NO')).toEqual({ dayMinutes: 330, counted: ['documented', 'undocumented', 'sick', 'permitted', 'late', 'left_early'], threshold: null });
    expect(termMeasure(undefined, 'DK')).toEqual({ dayMinutes: 360, counted: ['sick', 'permitted', 'illegal'], threshold: null });
    expect(termMeasure(RINGSAKER, 'NO').threshold).toBeNull();
  });
});
