/**
 * The shape of a rota problem: a service's shift templates, its staff, the period and the rule
 * settings. The same shape is read from `tidlig rota solve --input problem.json` and is what
 * the solver takes; docs/rota.md documents it field by field.
 */
import { z } from 'zod';
import { boundedInt, calendarDate, cleanText, instant } from '../kernel/validation/primitives.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'not_a_time' });

/** A day a template applies on: an ISO weekday name, or every public holiday (which replaces the weekday). */
export const DAY_KINDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Evening team (active work), active on-call, or on-call at home (counted at a fraction, § 10-4 (3)). */
export const SHIFT_KINDS = ['evening', 'active', 'home_on_call'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

const code = cleanText(60).min(1, { error: 'text_too_short' });

export const shiftTemplateSchema = z
  .object({
    id: code,
    name: cleanText(80).min(1, { error: 'text_too_short' }),
    kind: z.enum(SHIFT_KINDS),
    days: z.array(z.enum(DAY_KINDS)).min(1).max(8),
    start: clockTime,
    /** At or before `start`: the shift ends the next day (an overnight shift). Equal: 24 hours. */
    end: clockTime,
    min: boundedInt(0, 20),
    wanted: boundedInt(0, 20),
    needsExperienced: z.boolean().default(false),
  })
  .refine((t) => t.wanted >= t.min, { path: ['wanted'], error: 'number_out_of_range' });
export type ShiftTemplate = z.infer<typeof shiftTemplateSchema>;

const wishSchema = z.object({
  date: calendarDate(),
  /** Leave out to mean every shift that day. */
  template: code.optional(),
  kind: z.enum(['want', 'avoid']),
});

const unavailableSchema = z.object({
  date: calendarDate(),
  /** Both left out: the whole day; otherwise the local times of that day the person cannot work. */
  from: clockTime.optional(),
  to: clockTime.optional(),
});

export const staffSchema = z.object({
  id: code,
  name: cleanText(120).min(1, { error: 'text_too_short' }),
  /** Contract share, 0.1–1 (a full-time position is 1). */
  fte: z.number({ error: 'not_a_number' }).min(0.1, { error: 'number_out_of_range' }).max(1, { error: 'number_out_of_range' }),
  experienced: z.boolean().default(false),
  /** ISO weekdays (1 = Monday) the person never works. */
  unavailableWeekdays: z.array(boundedInt(1, 7)).max(7).default([]),
  unavailable: z.array(unavailableSchema).max(400).default([]),
  wishes: z.array(wishSchema).max(400).default([]),
  history: z
    .object({
      nights: boundedInt(0, 1000).default(0),
      weekends: boundedInt(0, 1000).default(0),
      holidays: boundedInt(0, 1000).default(0),
      /** When the last shift before the period ended, for the rest rules across the border. */
      lastShiftEnd: instant({ offset: true }).optional(),
      /** Worked the Sunday before the period (§ 10-10 (3): then off the first Sunday). */
      workedLastSunday: z.boolean().default(false),
    })
    .default({ nights: 0, weekends: 0, holidays: 0, workedLastSunday: false }),
});
export type Staff = z.infer<typeof staffSchema>;

/** The settings a service may choose within the law; left out, the country's defaults apply. */
export const ruleSettingsSchema = z.object({
  /** A collective agreement (tariffavtale) is in place: the wider § 10-5 (2) limits apply. */
  collectiveAgreement: z.boolean().default(false),
  /** Hard limit on nights in a row the service sets (§ 10-11). */
  maxConsecutiveNights: boundedInt(1, 14).default(4),
  /** Nights in a row the service prefers at most (a soft goal). */
  preferredConsecutiveNights: boundedInt(1, 14).default(2),
  /** Apply § 10-10 (3): who works one Sunday is off the next. Norway only. */
  sundayRest: z.boolean().default(true),
  /** Share of on-call time at home that counts as working time; the law's floor is 1/7 (0.142857 is taken as 1/7). */
  homeOnCallShare: z.number({ error: 'not_a_number' }).min(1 / 7 - 1e-6, { error: 'number_out_of_range' }).max(1, { error: 'number_out_of_range' }).default(1 / 7),
});
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;

export const weightsSchema = z.object({
  wishes: z.number().min(0).max(100).default(1),
  fairness: z.number().min(0).max(100).default(4),
  consecutiveNights: z.number().min(0).max(100).default(1),
  wantedStaffing: z.number().min(0).max(100).default(0.5),
});
export type Weights = z.infer<typeof weightsSchema>;

export const rotaProblemSchema = z
  .object({
    country: z.enum(['NO', 'DK']),
    /** A Monday: the rota runs whole ISO weeks. */
    from: calendarDate(),
    weeks: boundedInt(4, 12),
    rules: ruleSettingsSchema.default(ruleSettingsSchema.parse({})),
    weights: weightsSchema.default(weightsSchema.parse({})),
    templates: z.array(shiftTemplateSchema).min(1).max(40),
    staff: z.array(staffSchema).min(1).max(200),
  })
  .superRefine((p, ctx) => {
    if (new Date(`${p.from}T12:00:00Z`).getUTCDay() !== 1) ctx.addIssue({ code: 'custom', path: ['from'], message: 'not_a_monday' });
    uniqueIds(p.templates, 'templates', ctx);
    uniqueIds(p.staff, 'staff', ctx);
  });
export type RotaProblem = z.infer<typeof rotaProblemSchema>;
export type RotaProblemInput = z.input<typeof rotaProblemSchema>;

function uniqueIds(items: { id: string }[], field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: 'duplicate_id' });
    seen.add(item.id);
  });
}
