/**
 * The guideline page's API shapes, shared by the server (validation, OpenAPI) and the web: the
 * municipality's guideline with the presets it can start from, and a save. Every number is
 * bounded, so a guideline that would count nothing or everything is refused with a 400. Which
 * kinds a rule may count depends on the municipality's country; the service checks that.
 */
import { z } from 'zod';
import type { InputIssueCode } from '../kernel/validation/issues.ts';
import { boundedInt, cleanText, id, idempotencyKey, version } from '../kernel/validation/primitives.ts';
import { ABSENCE_KINDS, type AbsenceKind } from './domain/absence.ts';
import { TRIGGER_KINDS } from './domain/case-rules.ts';

export const MEASURES = ['days', 'single_days', 'lessons', 'occurrences', 'percent', 'days_in_a_row'] as const;
export const CALENDAR_PERIODS = ['month', 'quarter', 'half_year'] as const;
export const COMPARISONS = ['more_than', 'at_least'] as const;
/** What a stage asks for besides the meeting, which carries its number of school days (TRIGGER_KINDS has them all). */
const PLAIN_TRIGGERS = ['call_home', 'attendance_team', 'consultation', 'concern_report', 'warning_letter', 'notify_municipality'] as const;

/** More rules than any published guideline has (Løten's five) with room to spare; a page of rules stays readable. */
export const MAX_RULES = 20;
/** A count threshold above this could never be reached in a school term (about 100 school days, six lessons each). */
export const MAX_COUNT_THRESHOLD = 1000;
export const MAX_MEETING_SCHOOL_DAYS = 60;
export const MAX_STAGE = 9;
export const SOURCE_TEXT_MAX = 500;
const SOURCE_URL_MAX = 300;

const issue = (code: InputIssueCode) => ({ error: code });

/** A rule's id: flags name it, so it is short, lower case and stable. */
const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'bad_rule_id' });

const kindSchema = z.enum(ABSENCE_KINDS as [AbsenceKind, ...AbsenceKind[]]);

const windowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rolling_weeks'), weeks: boundedInt(1, 52) }),
  z.object({ kind: z.literal('calendar'), period: z.enum(CALENDAR_PERIODS) }),
]);

const triggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting_with_parents'), withinSchoolDays: boundedInt(1, MAX_MEETING_SCHOOL_DAYS) }),
  z.object({ kind: z.enum(PLAIN_TRIGGERS) }),
]);

/**
 * Where a rule was read. A preset's rule keeps its public source; a rule the municipality wrote
 * or changed keeps the municipality's own words, which are required: a flag must be traceable
 * to a text someone can read.
 */
const sourceSchema = z.object({
  url: cleanText(SOURCE_URL_MAX),
  text: cleanText(SOURCE_TEXT_MAX).min(1, issue('text_too_short')),
});

export const guidelineRuleSchema = z
  .object({
    id: ruleId,
    measure: z.enum(MEASURES),
    window: windowSchema,
    comparison: z.enum(COMPARISONS),
    threshold: z.number(issue('not_a_number')).min(0, issue('number_out_of_range')).max(MAX_COUNT_THRESHOLD, issue('number_out_of_range')),
    kinds: z
      .array(kindSchema)
      .min(1, { error: 'no_kind' })
      .max(ABSENCE_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'duplicate_kind' }),
    stage: boundedInt(1, MAX_STAGE),
    triggers: z
      .array(triggerSchema)
      .max(TRIGGER_KINDS.length)
      .refine((triggers) => new Set(triggers.map((t) => t.kind)).size === triggers.length, { error: 'duplicate_trigger' }),
    source: sourceSchema,
  })
  .superRefine((rule, ctx) => {
    // A share of school time is a percentage; everything else is counted in whole days, lessons or times.
    if (rule.measure === 'percent' && rule.threshold > 100) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'number_out_of_range' satisfies InputIssueCode });
    if (rule.measure !== 'percent' && !Number.isInteger(rule.threshold)) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'number_out_of_range' satisfies InputIssueCode });
  });

export const guidelineSchema = z.object({
  /** The preset it started from, or `own`. */
  id: ruleId,
  /** School time per day in minutes: what a percent rule divides by. */
  dayMinutes: boundedInt(60, 600),
  rules: z
    .array(guidelineRuleSchema)
    .min(1, { error: 'no_rule' })
    .max(MAX_RULES, { error: 'too_many_rules' })
    .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, { error: 'duplicate_rule_id' }),
});

export const municipalityParamsSchema = z.object({ id: id() });

const presetSchema = z.object({
  id: z.string(),
  /** The preset's name in each language the page is read in. */
  names: z.object({ nb: z.string(), nn: z.string(), da: z.string(), en: z.string() }),
  guideline: guidelineSchema,
});

export const guidelineSettingSchema = z.object({
  municipalityId: z.uuid(),
  country: z.enum(['NO', 'DK']),
  /** The kinds of absence the municipality's schools record, which rules may count. */
  kinds: z.array(kindSchema),
  /** 0 while no guideline is set: the first save names it. */
  version: z.number().int(),
  guideline: guidelineSchema.nullable(),
  presets: z.array(presetSchema),
});
export type GuidelineSetting = z.infer<typeof guidelineSettingSchema>;

/** A save's answer: the setting as saved, and how many new flags the recompute raised. */
export const savedGuidelineSchema = guidelineSettingSchema.extend({ raised: z.number().int() });

export const saveGuidelineSchema = z.object({
  version: version(),
  idempotencyKey: idempotencyKey(),
  guideline: guidelineSchema,
});
export type SaveGuidelineRequest = z.infer<typeof saveGuidelineSchema>;
export type GuidelineBody = z.infer<typeof guidelineSchema>;
export type GuidelineRuleBody = z.infer<typeof guidelineRuleSchema>;
