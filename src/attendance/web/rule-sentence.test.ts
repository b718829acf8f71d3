/** The rule sentences, written out by hand in each language from the rules' fields. */
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../kernel/i18n/languages.ts';
import type { GuidelineRule } from '../domain/guideline.ts';
import { ruleSentence } from './rule-sentence.ts';

type Rule = Parameters<typeof ruleSentence>[0];

const daysInMonth: Rule = {
  measure: 'days',
  window: { kind: 'calendar', period: 'month' },
  comparison: 'more_than',
  threshold: 3,
  kinds: ['undocumented', 'sick'],
  stage: 1,
  triggers: [{ kind: 'call_home' }, { kind: 'meeting_with_parents', withinSchoolDays: 5 }],
};
const oneLesson: Rule = { ...daysInMonth, measure: 'lessons', comparison: 'at_least', threshold: 1, kinds: ['undocumented'], triggers: [{ kind: 'call_home' }] };
const quarterPercent: Rule = {
  measure: 'percent',
  window: { kind: 'calendar', period: 'quarter' },
  comparison: 'at_least',
  threshold: 12.5,
  kinds: ['illegal'],
  stage: 2,
  triggers: [{ kind: 'notify_municipality' }, { kind: 'concern_report' }],
};
const rollingWeek: Rule = { ...daysInMonth, measure: 'days_in_a_row', window: { kind: 'rolling_weeks', weeks: 1 }, threshold: 2, kinds: ['sick'], triggers: [] };
const rollingWeeks: Rule = { ...daysInMonth, measure: 'occurrences', window: { kind: 'rolling_weeks', weeks: 15 }, stage: 3, kinds: ['late', 'left_early'], triggers: [{ kind: 'attendance_team' }] };

const cases: [UiLanguage, Rule, string][] = [
  ['en', daysInMonth, 'More than 3 days in a calendar month (undocumented, sick) → stage 1: call home, meeting with the parents within 5 school days'],
  ['nb', daysInMonth, 'Mer enn 3 dager i en kalendermåned (udokumentert, sykdom) → trinn 1: ringe hjem, møte med foreldrene innen 5 skoledager'],
  ['nn', daysInMonth, 'Meir enn 3 dagar i ein kalendermånad (udokumentert, sjukdom) → trinn 1: ringje heim, møte med foreldra innan 5 skuledagar'],
  ['en', oneLesson, 'At least 1 lesson in a calendar month (undocumented) → stage 1: call home'],
  ['nb', oneLesson, 'Minst 1 time i en kalendermåned (udokumentert) → trinn 1: ringe hjem'],
  ['da', quarterPercent, 'Mindst 12,5 % af skoletiden i et kvartal (ulovligt) → trin 2: underretning af kommunen, underretning'],
  ['en', quarterPercent, 'At least 12.5 % of school time in a quarter (illegal) → stage 2: notify the municipality, concern report'],
  ['en', rollingWeek, 'More than 2 days in a row within 1 week (sick) → stage 1: no action'],
  ['nb', rollingWeeks, 'Mer enn 3 ganger i løpet av 15 uker (for sent, gått tidlig) → trinn 3: nærværsteamet'],
  ['da', rollingWeeks, 'Mere end 3 gange inden for 15 uger (for sent, gået tidligt) → trin 3: fraværsteamet'],
];

describe('ruleSentence', () => {
  it.each(cases)('reads a rule in %s', (language, rule, expected) => {
    expect(ruleSentence(rule, language)).toBe(expected);
  });

  it('reads every field a saved rule has, and ignores its id and source', () => {
    const saved: GuidelineRule = { ...daysInMonth, id: 'x', source: { url: '', text: 'Own words' } };
    expect(ruleSentence(saved, 'en')).toBe(cases[0]![2]);
  });
});
