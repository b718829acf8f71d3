/**
 * A guideline rule read aloud: "More than 3 days in a calendar month (sick, permitted) → stage 1:
 * call home, meeting with the parents within 5 school days". Plain words from the messages in
 * the reader's language, so the page and its tests agree on what a rule says.
 */
import type { UiLanguage } from '../../kernel/i18n/languages.ts';
import type { GuidelineRule } from '../domain/guideline.ts';
import { attendanceGuidelineMessages } from './guideline-messages.ts';

type RuleWords = Pick<GuidelineRule, 'measure' | 'window' | 'comparison' | 'threshold' | 'kinds' | 'stage' | 'triggers'>;

export function ruleSentence(rule: RuleWords, language: UiLanguage): string {
  const words = attendanceGuidelineMessages[language].sentence;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 1 });
  const units = rule.threshold === 1 ? words.unitOne : words.unitOther;
  const what = fill(words.what, { comparison: words.comparison[rule.comparison], threshold: number.format(rule.threshold), unit: units[rule.measure] });
  const window =
    rule.window.kind === 'rolling_weeks'
      ? fill(rule.window.weeks === 1 ? words.rollingOne : words.rollingOther, { weeks: String(rule.window.weeks) })
      : words.period[rule.window.period];
  const triggers = rule.triggers.map((trigger) =>
    trigger.kind === 'meeting_with_parents' ? fill(words.trigger.meeting_with_parents, { days: String(trigger.withinSchoolDays) }) : words.trigger[trigger.kind],
  );
  return fill(words.rule, {
    what,
    window,
    kinds: rule.kinds.map((kind) => words.kind[kind]).join(', '),
    stage: String(rule.stage),
    triggers: triggers.length > 0 ? triggers.join(', ') : words.noTrigger,
  });
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
