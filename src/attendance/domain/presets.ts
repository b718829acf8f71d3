/**
 * The published guidelines a municipality can start from, each rule with the page it was read
 * from and the words it was built on (../../../shared/LAW.md, "Attendance guidelines seen in
 * practice"). Norway has no national threshold: Udir names three candidates, Løten and
 * Ringsaker wrote their own. Denmark's 10 % / 15 % rule applies to every folkeskole.
 */
import type { CountryCode } from '../../time/zone.ts';
import type { AbsenceKind } from './absence.ts';
import type { Guideline, GuidelineRule, RuleSource } from './guideline.ts';

/** Whole-day absence of any Norwegian kind: a day away is a day away, whatever the reason. */
const NO_DAYS: readonly AbsenceKind[] = ['documented', 'undocumented', 'sick', 'permitted'];
/** School time missed in Norway: whole days, single lessons, and the minutes of late arrivals. */
const NO_TIME: readonly AbsenceKind[] = ['documented', 'undocumented', 'sick', 'permitted', 'late', 'left_early'];

const udir = (text: string): RuleSource => ({ url: 'https://www.udir.no/ (fravær: utfordringsbildet)', text });
const loten = (text: string): RuleSource => ({ url: 'https://www.loten.kommune.no/ (handlingsløype skolefravær)', text });
const ringsaker = (text: string): RuleSource => ({ url: 'https://www.ringsaker.kommune.no/ (fraværsrutiner)', text });
const uvm = (text: string): RuleSource => ({ url: 'https://www.uvm.dk/ (fraværsregler i folkeskolen)', text });

/** A Norwegian school day of about 5½ hours; the municipality sets its own on the guideline page. */
const NORWEGIAN_DAY_MINUTES = 330;
/** A Danish folkeskole day of about 6 hours. */
const DANISH_DAY_MINUTES = 360;

/** A whole school day where the municipality has set no guideline yet (a registration before its first one). */
export function defaultDayMinutes(country: CountryCode): number {
  return country === 'NO' ? NORWEGIAN_DAY_MINUTES : DANISH_DAY_MINUTES;
}

const udirTenPercent: GuidelineRule = {
  id: 'udir-10-percent',
  measure: 'percent',
  window: { kind: 'calendar', period: 'half_year' },
  comparison: 'at_least',
  threshold: 10,
  kinds: NO_TIME,
  stage: 1,
  triggers: [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 10 }],
  source: udir('Candidate threshold: 10 % of school time (counted here per school term).'),
};

const udirTwoWeeks: GuidelineRule = {
  id: 'udir-25-percent-2-weeks',
  measure: 'percent',
  window: { kind: 'rolling_weeks', weeks: 2 },
  comparison: 'at_least',
  threshold: 25,
  kinds: NO_TIME,
  stage: 1,
  triggers: [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 10 }],
  source: udir('Candidate threshold: 25 % over two weeks.'),
};

const udirTenDays: GuidelineRule = {
  id: 'udir-10-days-15-weeks',
  measure: 'days',
  window: { kind: 'rolling_weeks', weeks: 15 },
  comparison: 'at_least',
  threshold: 10,
  kinds: NO_DAYS,
  stage: 1,
  triggers: [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 10 }],
  source: udir('Candidate threshold: 10 days over 15 weeks.'),
};

/** Udir's three candidates as one guideline each, so a municipality can try one at a time. */
export const UDIR_10_PERCENT: Guideline = { id: 'udir-10-percent', dayMinutes: NORWEGIAN_DAY_MINUTES, rules: [udirTenPercent] };
export const UDIR_25_PERCENT_2_WEEKS: Guideline = { id: 'udir-25-percent-2-weeks', dayMinutes: NORWEGIAN_DAY_MINUTES, rules: [udirTwoWeeks] };
export const UDIR_10_DAYS_15_WEEKS: Guideline = { id: 'udir-10-days-15-weeks', dayMinutes: NORWEGIAN_DAY_MINUTES, rules: [udirTenDays] };

/** Løten's handlingsløype: each of its "bekymringsfullt fravær" signs starts contact with the home. */
const lotenFirstStep = [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 10 }] as const;

export const LOTEN: Guideline = {
  id: 'loten',
  dayMinutes: NORWEGIAN_DAY_MINUTES,
  rules: [
    {
      id: 'loten-single-days-month',
      measure: 'single_days',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: NO_DAYS,
      stage: 1,
      triggers: lotenFirstStep,
      source: loten('Concern at more than 3 single days of absence a month.'),
    },
    {
      id: 'loten-days-month',
      measure: 'days',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 5,
      kinds: NO_DAYS,
      stage: 1,
      triggers: lotenFirstStep,
      source: loten('Concern at more than 5 days of absence a month.'),
    },
    {
      id: 'loten-late-month',
      measure: 'occurrences',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: ['late'],
      stage: 1,
      triggers: lotenFirstStep,
      source: loten('Concern at late arrival more than 3 times a month.'),
    },
    {
      id: 'loten-left-early-month',
      measure: 'occurrences',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: ['left_early'],
      stage: 1,
      triggers: lotenFirstStep,
      source: loten('Concern at leaving early more than 3 times a month.'),
    },
    {
      id: 'loten-sick-term',
      measure: 'percent',
      window: { kind: 'calendar', period: 'half_year' },
      comparison: 'more_than',
      threshold: 20,
      kinds: ['sick'],
      stage: 1,
      triggers: lotenFirstStep,
      source: loten('Concern at sickness absence of more than 20 % of a term.'),
    },
  ],
};

/** Ringsaker meets the parents within one week (five school days) whichever sign was seen. */
const ringsakerMeeting = [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 5 }] as const;

export const RINGSAKER: Guideline = {
  id: 'ringsaker',
  dayMinutes: NORWEGIAN_DAY_MINUTES,
  rules: [
    {
      id: 'ringsaker-late-month',
      measure: 'occurrences',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'at_least',
      threshold: 3,
      kinds: ['late'],
      stage: 1,
      triggers: ringsakerMeeting,
      source: ringsaker('Act on late arrival 3 times a month; a meeting within one week.'),
    },
    {
      id: 'ringsaker-undocumented-lesson',
      measure: 'lessons',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'at_least',
      threshold: 1,
      kinds: ['undocumented'],
      stage: 1,
      triggers: ringsakerMeeting,
      source: ringsaker('Act on one undocumented lesson (counted per month); a meeting within one week.'),
    },
    {
      id: 'ringsaker-days-month',
      measure: 'days',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: NO_DAYS,
      stage: 1,
      triggers: ringsakerMeeting,
      source: ringsaker('Act on more than 3 days a month; a meeting within one week.'),
    },
    {
      id: 'ringsaker-days-in-a-row',
      measure: 'days_in_a_row',
      window: { kind: 'calendar', period: 'half_year' },
      comparison: 'more_than',
      threshold: 5,
      kinds: NO_DAYS,
      stage: 1,
      triggers: ringsakerMeeting,
      source: ringsaker('Act on more than 5 days in a row; a meeting within one week.'),
    },
    {
      id: 'ringsaker-days-half-year',
      measure: 'days',
      window: { kind: 'calendar', period: 'half_year' },
      comparison: 'more_than',
      threshold: 10,
      kinds: NO_DAYS,
      stage: 1,
      triggers: ringsakerMeeting,
      source: ringsaker('Act on more than 10 days a half-year; a meeting within one week.'),
    },
  ],
};

/** Denmark: illegal absence in a calendar quarter, the period child benefit is stopped for. */
export const DENMARK: Guideline = {
  id: 'denmark',
  dayMinutes: DANISH_DAY_MINUTES,
  rules: [
    {
      id: 'dk-10-percent-quarter',
      measure: 'percent',
      window: { kind: 'calendar', period: 'quarter' },
      comparison: 'at_least',
      threshold: 10,
      kinds: ['illegal'],
      stage: 1,
      triggers: [{ kind: 'warning_letter' }],
      source: uvm('At 10 % illegal absence in a quarter the school warns the parents.'),
    },
    {
      id: 'dk-15-percent-quarter',
      measure: 'percent',
      window: { kind: 'calendar', period: 'quarter' },
      comparison: 'at_least',
      threshold: 15,
      kinds: ['illegal'],
      stage: 2,
      triggers: [{ kind: 'notify_municipality' }, { kind: 'concern_report' }],
      source: uvm('At 15 % illegal absence in a quarter the school leader notifies the municipality.'),
    },
  ],
};

/** Every preset by its id, as the guideline page offers them. */
export const PRESETS: Readonly<Record<string, Guideline>> = Object.fromEntries(
  [UDIR_10_PERCENT, UDIR_25_PERCENT_2_WEEKS, UDIR_10_DAYS_15_WEEKS, LOTEN, RINGSAKER, DENMARK].map((g) => [g.id, g]),
);
