import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../time/public-holidays.ts';
import { isoWeek, isoWeekday } from '../../time/iso-dates.ts';
import { proposeNorwegianSchoolHolidays } from './holiday-proposal.ts';
import { schoolYearRange, type SchoolYear } from '../../time/school-year.ts';

describe('proposeNorwegianSchoolHolidays', () => {
  it('proposes Oslo-like holidays for 2026/27, marked as a proposal', () => {
    expect(proposeNorwegianSchoolHolidays('2026/27')).toEqual({
      status: 'proposal',
      schoolYear: '2026/27',
      periods: [
        { kind: 'summer', label: 'summer', from: '2026-08-01', to: '2026-08-16' },
        { kind: 'autumn_break', label: 'autumn_break', from: '2026-09-28', to: '2026-10-02' },
        { kind: 'christmas', label: 'christmas', from: '2026-12-21', to: '2027-01-02' },
        { kind: 'winter_break', label: 'winter_break', from: '2027-02-22', to: '2027-02-26' },
        { kind: 'easter', label: 'easter', from: '2027-03-21', to: '2027-03-29' },
        { kind: 'summer', label: 'summer', from: '2027-06-20', to: '2027-07-31' },
      ],
    });
  });

  it('follows a municipality with autumn break in week 41 and winter break in week 9 (2027/28)', () => {
    const periods = proposeNorwegianSchoolHolidays('2027/28', { autumnWeek: 41, winterWeek: 9 }).periods;
    expect(periods.map(({ kind, from, to }) => [kind, from, to])).toEqual([
      ['summer', '2027-08-01', '2027-08-22'],
      ['autumn_break', '2027-10-11', '2027-10-15'],
      ['christmas', '2027-12-21', '2028-01-02'],
      ['winter_break', '2028-02-28', '2028-03-03'],
      ['easter', '2028-04-09', '2028-04-17'],
      ['summer', '2028-06-20', '2028-07-31'],
    ]);
  });

  it('drops the August part of summer when school starts on 1 August or earlier', () => {
    const periods = proposeNorwegianSchoolHolidays('2026/27', { firstSchoolWeek: 31 }).periods;
    expect(periods[0]?.kind).toBe('autumn_break');
  });

  it('gives sorted, non-overlapping periods inside the school year, with Easter and the right weeks, in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (start) => {
        const schoolYear = `${start}/${String((start + 1) % 100).padStart(2, '0')}` as SchoolYear;
        const { periods } = proposeNorwegianSchoolHolidays(schoolYear);
        const range = schoolYearRange(schoolYear);
        periods.forEach((period, i) => {
          expect(period.from <= period.to).toBe(true);
          expect(range.from <= period.from && period.to <= range.to).toBe(true);
          const next = periods[i + 1];
          if (next) expect(period.to < next.from).toBe(true);
        });
        const byKind = (kind: string) => periods.find((p) => p.kind === kind) ?? { from: '', to: '' };
        const easter = easterSunday(start + 1);
        expect(byKind('easter').from < easter && easter < byKind('easter').to).toBe(true);
        expect(isoWeek(byKind('autumn_break').from)).toEqual({ year: start, week: 40 });
        expect(isoWeekday(byKind('autumn_break').from)).toBe(1);
        expect(isoWeek(byKind('winter_break').to)).toEqual({ year: start + 1, week: 8 });
        expect(isoWeekday(byKind('winter_break').to)).toBe(5);
      }),
    );
  });
});
