/**
 * The guideline editor's form as the browser holds it (text in the number fields, checkboxes for
 * kinds and actions), checked by the API's bounds from guideline-schema.ts, and turned into the
 * guideline the API saves. A rule keeps its id and source; a new rule gets an id of its own and
 * needs the municipality's own words.
 */
import { z } from 'zod';
import { cleanText } from '../../kernel/validation/primitives.ts';
import { TRIGGER_KINDS } from '../domain/case-rules.ts';
import type { Trigger } from '../domain/guideline.ts';
import {
  CALENDAR_PERIODS,
  COMPARISONS,
  MAX_COUNT_THRESHOLD,
  MAX_MEETING_SCHOOL_DAYS,
  MAX_RULES,
  MAX_STAGE,
  MEASURES,
  SOURCE_TEXT_MAX,
  type GuidelineBody,
  type GuidelineRuleBody,
} from '../guideline-schema.ts';

/** "2,5" and "2.5" are the same number; anything else is not one. */
const decimal = (text: string): number => (/^\d{1,4}(?:[.,]\d{1,2})?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : Number.NaN);
const whole = (text: string): number => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;

export const ruleFormSchema = z
  .object({
    id: z.string(),
    measure: z.enum(MEASURES),
    windowKind: z.enum(['rolling_weeks', 'calendar']),
    weeks: z.string(),
    period: z.enum(CALENDAR_PERIODS),
    comparison: z.enum(COMPARISONS),
    threshold: z.string(),
    kinds: z.array(z.string()).min(1, { error: 'no_kind' }),
    stage: z.string(),
    triggers: z.array(z.enum(TRIGGER_KINDS)),
    withinSchoolDays: z.string(),
    sourceUrl: z.string(),
    sourceText: cleanText(SOURCE_TEXT_MAX).min(1, { error: 'text_too_short' }),
  })
  .superRefine((rule, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const threshold = decimal(rule.threshold);
    const percent = rule.measure === 'percent';
    if (!within(threshold, 0, percent ? 100 : MAX_COUNT_THRESHOLD) || (!percent && !Number.isInteger(threshold))) bad('threshold', percent ? 'bad_percent' : 'bad_count');
    if (rule.windowKind === 'rolling_weeks' && !within(whole(rule.weeks), 1, 52)) bad('weeks', 'bad_weeks');
    if (!within(whole(rule.stage), 1, MAX_STAGE)) bad('stage', 'bad_stage');
    if (rule.triggers.includes('meeting_with_parents') && !within(whole(rule.withinSchoolDays), 1, MAX_MEETING_SCHOOL_DAYS)) bad('withinSchoolDays', 'bad_school_days');
  });

export const guidelineFormSchema = z
  .object({
    id: z.string(),
    dayMinutes: z.string().refine((text) => within(whole(text), 60, 600), { error: 'bad_day_minutes' }),
    rules: z.array(ruleFormSchema).min(1).max(MAX_RULES),
  })
  .transform(toGuideline);

export type RuleForm = z.input<typeof ruleFormSchema>;
export type GuidelineForm = z.input<typeof guidelineFormSchema>;

/** A saved rule or a preset's, as the form shows it. */
export function ruleToForm(rule: GuidelineRuleBody): RuleForm {
  const meeting = rule.triggers.find((t) => t.kind === 'meeting_with_parents');
  return {
    id: rule.id,
    measure: rule.measure,
    windowKind: rule.window.kind,
    weeks: rule.window.kind === 'rolling_weeks' ? String(rule.window.weeks) : '4',
    period: rule.window.kind === 'calendar' ? rule.window.period : 'month',
    comparison: rule.comparison,
    threshold: String(rule.threshold),
    kinds: [...rule.kinds],
    stage: String(rule.stage),
    triggers: rule.triggers.map((t) => t.kind),
    withinSchoolDays: meeting ? String(meeting.withinSchoolDays) : '10',
    sourceUrl: rule.source.url,
    sourceText: rule.source.text,
  };
}

export function guidelineToForm(guideline: GuidelineBody): GuidelineForm {
  return { id: guideline.id, dayMinutes: String(guideline.dayMinutes), rules: guideline.rules.map(ruleToForm) };
}

/** A rule the municipality writes itself: more than 3 days a month, a call home; its words left to write. */
export function newRule(kinds: readonly string[], stage: number): RuleForm {
  return {
    id: `own-${Math.random().toString(36).slice(2, 10)}`,
    measure: 'days',
    windowKind: 'calendar',
    weeks: '4',
    period: 'month',
    comparison: 'more_than',
    threshold: '3',
    kinds: [...kinds],
    stage: String(stage),
    triggers: ['call_home'],
    withinSchoolDays: '10',
    sourceUrl: '',
    sourceText: '',
  };
}

function toGuideline(form: { id: string; dayMinutes: string; rules: RuleForm[] }): GuidelineBody {
  return { id: form.id, dayMinutes: whole(form.dayMinutes), rules: form.rules.map(toRule) };
}

function toRule(rule: RuleForm): GuidelineRuleBody {
  return {
    id: rule.id,
    measure: rule.measure,
    window: rule.windowKind === 'rolling_weeks' ? { kind: 'rolling_weeks', weeks: whole(rule.weeks) } : { kind: 'calendar', period: rule.period },
    comparison: rule.comparison,
    threshold: decimal(rule.threshold),
    kinds: rule.kinds as GuidelineRuleBody['kinds'],
    stage: whole(rule.stage),
    // In the order the form holds them, so a preset saved untouched stays as it was.
    triggers: rule.triggers.map((kind): Trigger => (kind === 'meeting_with_parents' ? { kind, withinSchoolDays: whole(rule.withinSchoolDays) } : { kind })),
    source: { url: rule.sourceUrl, text: rule.sourceText.trim() },
  };
}
