/** Templates to shifts, worked by hand from the calendar: overnight, daylight saving, holidays. */
import { describe, expect, it } from 'vitest';
import { aProblem, aTemplate } from '../factories.ts';
import { expandShifts } from './shifts.ts';

const hours = (shift: { start: number; end: number }) => (shift.end - shift.start) / 3_600_000;

describe('expandShifts', () => {
  it('makes one shift per template and day, an overnight shift ending the next morning', () => {
    const shifts = expandShifts(aProblem());
    expect(shifts).toHaveLength(28);
    expect(shifts[0]).toMatchObject({ id: 'night@2027-01-04', date: '2027-01-04', day: 0, week: 0, weekend: false, holiday: false });
    // 20:00 CET is 19:00 UTC; 08:00 the next morning is 07:00 UTC.
    expect(new Date(shifts[0]!.start).toISOString()).toBe('2027-01-04T19:00:00.000Z');
    expect(new Date(shifts[0]!.end).toISOString()).toBe('2027-01-05T07:00:00.000Z');
    expect(shifts[5]).toMatchObject({ date: '2027-01-09', weekend: true });
  });

  it.each([
    // [template start, end, hours, night hours, night?, work hours at home (share 1/7)]
    ['20:00', '08:00', 12, 9, true, 12 / 7],
    ['15:30', '20:00', 4.5, 0, false, 4.5 / 7],
    ['08:00', '08:00', 24, 9, true, 24 / 7],
    ['19:00', '23:00', 4, 2, false, 4 / 7],
    ['03:00', '07:00', 4, 3, true, 4 / 7],
  ])('%s–%s: %d h, %d h of it at night', (start, end, length, night, isNight, work) => {
    const [shift] = expandShifts(aProblem({ templates: [aTemplate({ start, end })] }));
    expect(hours(shift!)).toBe(length);
    expect(shift!.nightHours).toBe(night);
    expect(shift!.night).toBe(isNight);
    expect(shift!.workHours).toBeCloseTo(work, 9);
  });

  it('counts active work in full', () => {
    const [shift] = expandShifts(aProblem({ templates: [aTemplate({ kind: 'evening', start: '15:30', end: '20:00' })] }));
    expect(shift!.workHours).toBe(4.5);
  });

  it('makes a night across the change to summer time 11 hours and back to winter time 13', () => {
    const spring = expandShifts(aProblem({ from: '2027-03-22', templates: [aTemplate({ days: ['sat'] })] }));
    expect(spring.find((s) => s.date === '2027-03-27')!.end - spring.find((s) => s.date === '2027-03-27')!.start).toBe(11 * 3_600_000);
    const autumn = expandShifts(aProblem({ from: '2027-10-25', templates: [aTemplate({ days: ['sat'] })] }));
    expect(autumn.find((s) => s.date === '2027-10-30')!.end - autumn.find((s) => s.date === '2027-10-30')!.start).toBe(13 * 3_600_000);
  });

  it("uses the holiday templates on a public holiday instead of the weekday's", () => {
    // 17 May 2028 is a Wednesday and Norway's constitution day; Denmark works that day
    // (in 2027 it is Whit Monday, a holiday in both).
    const templates = [aTemplate({ id: 'weekday', days: ['wed'] }), aTemplate({ id: 'holiday', days: ['holiday', 'sun'] })];
    const norway = expandShifts(aProblem({ from: '2028-05-15', templates }));
    expect(norway.filter((s) => s.date === '2028-05-17').map((s) => s.id)).toEqual(['holiday@2028-05-17']);
    expect(norway.find((s) => s.date === '2028-05-17')!.holiday).toBe(true);
    const denmark = expandShifts(aProblem({ country: 'DK', from: '2028-05-15', templates }));
    expect(denmark.filter((s) => s.date === '2028-05-17').map((s) => s.id)).toEqual(['weekday@2028-05-17']);
  });
});
