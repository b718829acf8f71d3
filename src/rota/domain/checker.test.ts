/**
 * The checker on rotas worked by hand: each case breaks one rule, and the answer names the rule,
 * its paragraph, the people, shifts and dates, from the law's text (LAW.md), not from rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { aProblem, aTemplate, aWorker, rotaOf } from '../factories.ts';
import type { RotaProblem } from '../schema.ts';
import { checkRota } from './checker.ts';
import { structureOf } from './structure.ts';

/** Every shift staffed by the named people, the rest by nobody; returns the violations. */
function check(problem: RotaProblem, byShift: Record<string, string[]>) {
  const structure = structureOf(problem);
  return checkRota(structure, rotaOf(problem, structure.shifts.map((s) => s.id), byShift));
}

/** Nights of the first four weeks, round robin over four people: a legal rota to break. */
function roundRobinNights(problem: RotaProblem): Record<string, string[]> {
  return Object.fromEntries(structureOf(problem).shifts.map((s, i) => [s.id, [problem.staff[i % 4]!.id]]));
}

const staffing = (problem: RotaProblem, byShift: Record<string, string[]>) => check(problem, byShift).filter((v) => v.rule !== 'coverage');

describe('checkRota', () => {
  it('passes four people taking one night in four (with § 10-10 off: then one works two Sundays running)', () => {
    const problem = aProblem({ rules: { sundayRest: false } });
    expect(check(problem, roundRobinNights(problem))).toEqual([]);
  });

  it('names every shift short of its minimum, with what it has and needs', () => {
    const problem = aProblem({ templates: [aTemplate({ min: 2, wanted: 2 })] });
    const violations = check(problem, { 'night@2027-01-04': ['a', 'b'] });
    expect(violations).toHaveLength(27);
    expect(violations[0]).toMatchObject({ rule: 'coverage', people: [], shifts: ['night@2027-01-05'], dates: ['2027-01-05'], found: 0, limit: 2 });
  });

  it('asks for an experienced worker where the template says so', () => {
    const problem = aProblem({ templates: [aTemplate({ needsExperienced: true })], staff: [aWorker('a', { experienced: false }), ...['b', 'c', 'd'].map((id) => aWorker(id))] });
    const violations = check(problem, roundRobinNights(problem)).filter((v) => v.rule === 'experienced');
    expect(violations).toHaveLength(7);
    expect(violations[0]!.shifts).toEqual(['night@2027-01-04']);
  });

  it('refuses a shift the person is unavailable for, by weekday or by date and time', () => {
    const problem = aProblem({
      staff: [aWorker('a', { unavailableWeekdays: [1] }), aWorker('b', { unavailable: [{ date: '2027-01-06', from: '07:00', to: '09:00' }] }), aWorker('c'), aWorker('d')],
    });
    // b's night of the 5th ends at 08:00 on the 6th, inside the hours b cannot work.
    const violations = staffing(problem, { 'night@2027-01-04': ['a'], 'night@2027-01-05': ['b'], 'night@2027-01-07': ['c'] });
    expect(violations.map((v) => [v.rule, v.people, v.shifts])).toEqual([
      ['availability', ['a'], ['night@2027-01-04']],
      ['availability', ['b'], ['night@2027-01-05']],
    ]);
  });

  it('keeps 11 hours of rest between two shifts of one person (§ 10-8 (1)), here 7 hours', () => {
    const problem = aProblem({ templates: [aTemplate({ id: 'evening', kind: 'evening', start: '15:00', end: '20:00' }), aTemplate({ id: 'morning', kind: 'evening', start: '03:00', end: '06:00' })] });
    const violations = staffing(problem, { 'evening@2027-01-04': ['a'], 'morning@2027-01-05': ['a'] });
    expect(violations).toEqual([{ rule: 'daily_rest', source: expect.objectContaining({ paragraph: 'aml. § 10-8 (1)' }), people: ['a'], shifts: ['evening@2027-01-04', 'morning@2027-01-05'], dates: ['2027-01-04', '2027-01-05'] }]);
  });

  it('allows 11 hours of rest exactly (20:00 to 07:00)', () => {
    const problem = aProblem({ templates: [aTemplate({ id: 'evening', kind: 'evening', start: '15:00', end: '20:00' }), aTemplate({ id: 'morning', kind: 'evening', start: '07:00', end: '09:00' })] });
    expect(staffing(problem, { 'evening@2027-01-04': ['a'], 'morning@2027-01-05': ['a'] })).toEqual([]);
  });

  it('wants 35 free hours in a row each week in Norway (§ 10-8 (2)) and 24 in Denmark', () => {
    // Nights Monday–Thursday (20:00–08:00) and a Saturday night: the longest free stretch is
    // Friday 08:00 to Saturday 20:00, 36 hours; add Friday night and it is 12 hours.
    const week = (extra: string[]) => Object.fromEntries(['04', '05', '06', '07', '09', ...extra].map((d) => [`night@2027-01-${d}`, ['a']]));
    const settings = { rules: { maxConsecutiveNights: 7, preferredConsecutiveNights: 2, sundayRest: false, collectiveAgreement: false, homeOnCallShare: 1 / 7 } };
    expect(staffing(aProblem(settings), week([])).filter((v) => v.rule === 'weekly_rest')).toEqual([]);
    const broken = staffing(aProblem(settings), week(['08'])).filter((v) => v.rule === 'weekly_rest');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ people: ['a'], limit: 35, source: { paragraph: 'aml. § 10-8 (2)' } });
    // Denmark: the 36 hours are enough; nights Monday to Saturday leave Sunday 08:00 to Monday 00:00, 16 hours.
    const danish = aProblem({ ...settings, country: 'DK' });
    expect(staffing(danish, week([])).filter((v) => v.rule === 'weekly_rest')).toEqual([]);
    expect(staffing(danish, week(['08'])).filter((v) => v.rule === 'weekly_rest')).toMatchObject([{ limit: 24, source: { paragraph: expect.stringContaining('§ 51') } }]);
  });

  it('limits nights in a row to what the service sets (§ 10-11)', () => {
    const problem = aProblem({ rules: { maxConsecutiveNights: 3 } });
    const violations = staffing(problem, Object.fromEntries(['04', '05', '06', '07'].map((d) => [`night@2027-01-${d}`, ['a']])));
    expect(violations).toMatchObject([{ rule: 'consecutive_nights', people: ['a'], found: 4, limit: 3, dates: ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'] }]);
  });

  it('gives who worked one Sunday the next one off in Norway (§ 10-10 (3)), not where the service turns it off', () => {
    const byShift = { 'night@2027-01-10': ['a'], 'night@2027-01-17': ['a'] };
    expect(staffing(aProblem(), byShift)).toMatchObject([{ rule: 'sunday_rest', people: ['a'], shifts: ['night@2027-01-10', 'night@2027-01-17'] }]);
    expect(staffing(aProblem({ rules: { sundayRest: false } }), byShift)).toEqual([]);
    expect(staffing(aProblem({ country: 'DK' }), byShift)).toEqual([]);
  });

  it('carries the last Sunday and the last shift of the previous period in', () => {
    const problem = aProblem({ staff: [aWorker('a', { history: { workedLastSunday: true, lastShiftEnd: '2027-01-04T08:00:00+01:00' } }), aWorker('b'), aWorker('c'), aWorker('d')] });
    // Saturday 9 January's night reaches into Sunday's rest window; Monday 07:00 is 23 hours after the last shift: fine.
    expect(staffing(problem, { 'night@2027-01-09': ['a'], 'night@2027-01-04': ['b'] })).toMatchObject([{ rule: 'sunday_rest', people: ['a'] }]);
    const early = aProblem({ templates: [aTemplate({ start: '12:00', end: '14:00', kind: 'evening' })], staff: [aWorker('a', { history: { lastShiftEnd: '2027-01-04T08:00:00+01:00' } })] });
    expect(staffing(early, { 'night@2027-01-04': ['a'] })).toMatchObject([{ rule: 'daily_rest', people: ['a'] }]);
  });

  it('limits working time to 10 hours a day by individual agreement and 12.5 by collective (§ 10-5)', () => {
    const long = aTemplate({ id: 'day', kind: 'active', start: '07:00', end: '19:00' });
    expect(staffing(aProblem({ templates: [long] }), { 'day@2027-01-04': ['a'] })).toMatchObject([{ rule: 'daily_work', source: { paragraph: 'aml. § 10-5 (1)' } }]);
    expect(staffing(aProblem({ templates: [long], rules: { collectiveAgreement: true } }), { 'day@2027-01-04': ['a'] })).toEqual([]);
  });

  it('keeps active night work to 8 hours (§ 10-11 (6)); home on-call counts at 1/7 (§ 10-4 (3))', () => {
    const active = aTemplate({ kind: 'active', start: '22:00', end: '07:00' });
    expect(staffing(aProblem({ templates: [active], rules: { collectiveAgreement: true } }), { 'night@2027-01-04': ['a'] })).toMatchObject([{ rule: 'night_work_length' }]);
    expect(staffing(aProblem(), { 'night@2027-01-04': ['a'] })).toEqual([]);
  });

  it('limits a week to 54 hours by collective agreement (§ 10-5 (2)): five days of 11 hours is 55', () => {
    const day = aTemplate({ id: 'day', kind: 'active', start: '08:00', end: '19:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    const byShift = Object.fromEntries(['04', '05', '06', '07', '08'].map((d) => [`day@2027-01-${d}`, ['a']]));
    expect(staffing(aProblem({ templates: [day], rules: { collectiveAgreement: true } }), byShift)).toMatchObject([{ rule: 'weekly_work', found: 55, limit: 54 }]);
  });

  it('limits the average week to 48 hours (§ 10-5 (1)): four weeks of five days of 9 h 48 min is 49', () => {
    const day = aTemplate({ id: 'day', kind: 'active', start: '08:00', end: '17:48', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
    const violations = staffing(aProblem({ templates: [day] }), Object.fromEntries(structureOf(aProblem({ templates: [day] })).shifts.map((s) => [s.id, ['a']])));
    expect(violations).toMatchObject([{ rule: 'weekly_work_average', found: 49, limit: 48, people: ['a'] }]);
    expect(violations[0]!.shifts).toHaveLength(20);
  });
});
