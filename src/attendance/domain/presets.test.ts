/**
 * Golden tests of the presets: hand-worked pupil histories against the published words of each
 * guideline (LAW.md). The expected flags and figures were counted by hand on a calendar of
 * 2026/27 (Oslo's holidays for Norway, Jammerbugt's for Denmark), not taken from the presets.
 *
 * Calendar facts used: 1 Nov 2026 is a Sunday, so November has 21 school days (2–27 and 30);
 * Oslo's school year starts Mon 17 Aug, autumn break 28 Sep–2 Oct; Jammerbugt's autumn break is
 * 12–16 Oct, so 1 Oct–30 Nov holds 17 + 21 = 38 school days.
 */
import { describe, expect, it } from 'vitest';
import { jammerbugt, oslo } from '../../time/calendar-fixture.ts';
import type { IsoDate } from '../../time/dates.ts';
import type { Absence, AbsenceKind } from './absence.ts';
import { evaluate } from './evaluate.ts';
import type { Guideline } from './guideline.ts';
import { DENMARK, LOTEN, RINGSAKER, UDIR_10_DAYS_15_WEEKS, UDIR_10_PERCENT, UDIR_25_PERCENT_2_WEEKS } from './presets.ts';

const NO_DAY = 330;
const DK_DAY = 360;

const days = (pupilId: string, kind: AbsenceKind, dates: IsoDate[], minutes = NO_DAY): Absence[] =>
  dates.map((date) => ({ pupilId, date, lesson: null, minutes, kind }));
const lessons = (pupilId: string, kind: AbsenceKind, dates: IsoDate[], minutes = 45): Absence[] =>
  dates.map((date) => ({ pupilId, date, lesson: 1, minutes, kind }));

/** "pupil rule value" for each flag, so a table reads like the hand count. */
function flags(guideline: Guideline, calendar: typeof oslo, absences: Absence[], asOf: IsoDate): string[] {
  return evaluate(guideline, calendar, absences, asOf).map((hit) => `${hit.pupilId} ${hit.ruleId} ${Math.round(hit.value * 10) / 10}`);
}

describe('Løten: > 3 single days, > 5 days, late > 3, leaving early > 3 a month; sick > 20 % a term', () => {
  it('counts single days, with Friday and Monday as neighbours', () => {
    const absences = [
      ...days('a', 'sick', ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12']), // four single days
      ...days('b', 'sick', ['2026-11-03', '2026-11-04', '2026-11-10', '2026-11-12']), // two single days, one pair
      ...days('c', 'undocumented', ['2026-11-06', '2026-11-09', '2026-11-17', '2026-11-19', '2026-11-24']), // Fri+Mon pair, three single, five days
    ];
    expect(flags(LOTEN, oslo, absences, '2026-11-30')).toEqual(['a loten-single-days-month 4']);
  });

  it('flags six days in a month, not five', () => {
    const absences = [
      ...days('d', 'documented', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-16']),
      ...days('e', 'documented', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']),
    ];
    expect(flags(LOTEN, oslo, absences, '2026-11-30')).toEqual(['d loten-days-month 6']);
  });

  it('flags four late arrivals or four early departures in a month, not three', () => {
    const absences = [
      ...lessons('f', 'late', ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'], 10),
      ...lessons('g', 'late', ['2026-11-02', '2026-11-09', '2026-11-16'], 10),
      ...lessons('h', 'left_early', ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'], 60),
    ];
    expect(flags(LOTEN, oslo, absences, '2026-11-30')).toEqual(['f loten-late-month 4', 'h loten-left-early-month 4']);
  });

  it('counts sickness over the term so far: 3 of 10 school days is over 20 %, 2 is not', () => {
    // 17–28 Aug 2026: the term's first ten school days.
    const absences = [...days('i', 'sick', ['2026-08-18', '2026-08-19', '2026-08-20']), ...days('j', 'sick', ['2026-08-18', '2026-08-19'])];
    expect(flags(LOTEN, oslo, absences, '2026-08-28')).toEqual(['i loten-sick-term 30']);
  });
});

describe('Ringsaker: late 3 a month, one undocumented lesson, > 3 days a month, > 5 in a row, > 10 a half-year', () => {
  it('acts on the third late arrival and on one undocumented lesson', () => {
    const absences = [
      ...lessons('a', 'late', ['2026-11-02', '2026-11-09', '2026-11-16'], 5),
      ...lessons('b', 'late', ['2026-11-02', '2026-11-09'], 5),
      ...lessons('c', 'undocumented', ['2026-11-18']),
      ...lessons('d', 'documented', ['2026-11-18']),
    ];
    expect(flags(RINGSAKER, oslo, absences, '2026-11-30')).toEqual(['a ringsaker-late-month 3', 'c ringsaker-undocumented-lesson 1']);
  });

  it('acts on four days a month, and on six in a row across a weekend', () => {
    const absences = [
      ...days('e', 'sick', ['2026-11-02', '2026-11-10', '2026-11-18', '2026-11-26']),
      ...days('f', 'sick', ['2026-11-02', '2026-11-10', '2026-11-18']),
      ...days('g', 'sick', ['2026-11-06', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13']),
      ...days('h', 'sick', ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13']),
    ];
    expect(flags(RINGSAKER, oslo, absences, '2026-11-30')).toEqual([
      'e ringsaker-days-month 4',
      'g ringsaker-days-month 6',
      'g ringsaker-days-in-a-row 6',
      'h ringsaker-days-month 5',
    ]);
  });

  it('does not let the autumn break end a run of days away', () => {
    const absences = days('i', 'undocumented', ['2026-09-23', '2026-09-24', '2026-09-25', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(flags(RINGSAKER, oslo, absences, '2026-10-07')).toEqual(['i ringsaker-days-in-a-row 6']);
  });

  it('counts eleven days over the autumn term, and starts again in January', () => {
    const tuesdays = ['2026-08-18', '2026-08-25', '2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03'];
    const absences = days('j', 'documented', tuesdays);
    expect(flags(RINGSAKER, oslo, absences, '2026-11-30')).toEqual(['j ringsaker-days-half-year 11']);
    expect(flags(RINGSAKER, oslo, absences, '2027-01-15')).toEqual([]);
  });
});

describe("Udir's candidates: 10 % of school time; 25 % over two weeks; 10 days over 15 weeks", () => {
  it('counts 10 days in the 15 weeks back from the day, the first day of the window included', () => {
    // 15 weeks back from Mon 30 Nov 2026 starts Tue 18 Aug: 17 Aug is outside.
    const inside = ['2026-08-18', '2026-08-25', '2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-10-06', '2026-10-13', '2026-10-20'];
    const absences = [...days('a', 'sick', [...inside, '2026-10-27']), ...days('b', 'sick', ['2026-08-17', ...inside])];
    expect(flags(UDIR_10_DAYS_15_WEEKS, oslo, absences, '2026-11-30')).toEqual(['a udir-10-days-15-weeks 10']);
  });

  it('flags 2½ days of the 10 school days in two weeks, not a minute less', () => {
    // 31 Oct–13 Nov 2026 holds the school days 2–13 Nov: 10 days, 25 % is 2½ days = 825 minutes.
    const absences = [
      ...days('c', 'sick', ['2026-11-03', '2026-11-04']),
      ...lessons('c', 'undocumented', ['2026-11-10'], 165),
      ...days('d', 'sick', ['2026-11-03', '2026-11-04']),
      ...lessons('d', 'undocumented', ['2026-11-10'], 164),
    ];
    expect(flags(UDIR_25_PERCENT_2_WEEKS, oslo, absences, '2026-11-13')).toEqual(['c udir-25-percent-2-weeks 25']);
  });

  it('flags one day of the term’s first ten, not five hours of late arrivals', () => {
    const absences = [...days('e', 'permitted', ['2026-08-20']), ...lessons('f', 'late', ['2026-08-18', '2026-08-19', '2026-08-20', '2026-08-21', '2026-08-24'], 60)];
    expect(flags(UDIR_10_PERCENT, oslo, absences, '2026-08-28')).toEqual(['e udir-10-percent 10']);
  });
});

describe('Denmark: ≥ 10 % illegal absence in a quarter warns the parents, ≥ 15 % notifies the municipality', () => {
  it('counts illegal absence only, over the school days of the quarter so far', () => {
    // 1 Oct–30 Nov 2026: 38 school days. 4 days = 10.5 %; 6 days = 15.8 %; 3.8 days = 10 % exactly.
    const absences = [
      ...days('a', 'illegal', ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'], DK_DAY),
      ...days('b', 'illegal', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'], DK_DAY),
      ...days('c', 'illegal', ['2026-11-02', '2026-11-03', '2026-11-04'], DK_DAY),
      ...lessons('c', 'illegal', ['2026-11-05'], 288),
      ...days('d', 'sick', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'], DK_DAY),
      ...days('e', 'illegal', ['2026-11-02', '2026-11-03', '2026-11-04'], DK_DAY),
    ];
    expect(flags(DENMARK, jammerbugt, absences, '2026-11-30')).toEqual([
      'a dk-10-percent-quarter 10.5',
      'b dk-10-percent-quarter 15.8',
      'b dk-15-percent-quarter 15.8',
      'c dk-10-percent-quarter 10',
    ]);
  });

  it('starts a new quarter in January: one illegal day of the first five is 20 %', () => {
    const absences = [...days('f', 'illegal', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'], DK_DAY), ...days('f', 'illegal', ['2027-01-06'], DK_DAY)];
    expect(flags(DENMARK, jammerbugt, absences, '2027-01-08')).toEqual(['f dk-10-percent-quarter 20', 'f dk-15-percent-quarter 20']);
  });
});
