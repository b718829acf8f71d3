/**
 * The rota's API shapes, shared by the server (validation, OpenAPI) and the web: a service's
 * setup (templates, rule settings, staff profiles), its plans, one plan with its shifts, the
 * edits and swaps, and a worker's own shifts. Staff are named by their staff id; a plan's
 * shift is `<template>@<date>` as the solver names it.
 */
import { z } from 'zod';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { boundedInt, calendarDate, cleanText, id, idempotencyKey, version } from '../kernel/validation/primitives.ts';
import { RULE_IDS } from './domain/rules.ts';
import { ruleSettingsSchema, shiftTemplateSchema, staffSchema, SHIFT_KINDS } from './schema.ts';
import { PLAN_STATES, SWAP_STATES } from './tables.ts';

export const idParamsSchema = z.object({ id: id() });
export const staffParamsSchema = z.object({ id: id(), staffId: id() });
export const shiftParamsSchema = z.object({ id: id(), shift: cleanText(80).min(1, { error: 'text_too_short' }) });

const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

export const setupSchema = z.object({
  templates: z.array(shiftTemplateSchema).min(1).max(40),
  rules: ruleSettingsSchema,
  version: version(1),
});
export type Setup = z.infer<typeof setupSchema>;

export const staffProfileInputSchema = staffSchema.pick({ fte: true, experienced: true, unavailableWeekdays: true, unavailable: true, wishes: true }).extend({
  /** 0 when the person has no profile yet. */
  version: version(0),
});
export type StaffProfileInput = z.infer<typeof staffProfileInputSchema>;

export const staffProfileSchema = person.extend({
  /** Null: an on-call worker of the unit the rota does not plan yet. */
  profile: staffSchema.pick({ fte: true, experienced: true, unavailableWeekdays: true, unavailable: true, wishes: true }).extend({ version: z.number().int() }).nullable(),
});

export const planSummarySchema = z.object({
  id: z.uuid(),
  from: z.string(),
  weeks: z.number().int(),
  state: z.enum(PLAN_STATES),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const rotaServiceSchema = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  country: z.enum(['NO', 'DK']),
  /** Whether the reader plans this rota (set up, generate, publish, approve swaps). */
  mayPlan: z.boolean(),
  /** Null until the service is set up. */
  setup: setupSchema.nullable(),
  staff: z.array(staffProfileSchema),
  plans: z.array(planSummarySchema),
});
export type RotaService = z.infer<typeof rotaServiceSchema>;

export const newPlanSchema = z.object({
  /** A Monday: the rota runs whole weeks. */
  from: calendarDate(),
  weeks: boundedInt(4, 12),
  /** The time the solver may take; the leader may stop it earlier. */
  seconds: boundedInt(5, 600),
  idempotencyKey: idempotencyKey(),
});
export type NewPlan = z.infer<typeof newPlanSchema>;

export const ruleSchema = z.enum(RULE_IDS);

export const violationSchema = z.object({
  rule: ruleSchema,
  paragraph: z.string(),
  url: z.string(),
  people: z.array(z.string()),
  shifts: z.array(z.string()),
  dates: z.array(z.string()),
  found: z.number().optional(),
  limit: z.number().optional(),
});
export type PlanViolation = z.infer<typeof violationSchema>;

const spreadSchema = z.object({ max: z.number(), min: z.number(), spread: z.number() });

export const figuresSchema = z.object({
  wishesWanted: z.number(),
  wishesMet: z.number(),
  avoidWishesBroken: z.number(),
  spreads: z.object({ nights: spreadSchema, weekends: spreadSchema, holidays: spreadSchema }),
  nightsBeyondPreferred: z.number(),
  placesShortOfWanted: z.number(),
  score: z.number(),
});

export const explanationSchema = z.object({
  uncovered: z.array(
    z.object({
      shift: z.string(),
      date: z.string(),
      missing: z.enum(['coverage', 'experienced']),
      short: z.number(),
      blockers: z.array(z.object({ person: z.string(), rule: ruleSchema, source: z.object({ paragraph: z.string(), url: z.string() }) })),
    }),
  ),
  suggestions: z.array(
    z.union([
      z.object({ kind: z.literal('more_staff'), experienced: z.boolean(), count: z.number(), shifts: z.array(z.string()) }),
      z.object({ kind: z.literal('rule_blocks_all_candidates'), rule: ruleSchema, source: z.object({ paragraph: z.string(), url: z.string() }), shifts: z.array(z.string()) }),
    ]),
  ),
});

export const planShiftSchema = z.object({
  id: z.string(),
  template: z.string(),
  name: z.string(),
  kind: z.enum(SHIFT_KINDS),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  /** The template's wall-clock times at the service ('HH:MM'); an end at or before the start is the next day. */
  startTime: z.string(),
  endTime: z.string(),
  min: z.number().int(),
  wanted: z.number().int(),
  needsExperienced: z.boolean(),
  night: z.boolean(),
  staff: z.array(z.string()),
});
export type PlanShift = z.infer<typeof planShiftSchema>;

export const swapSchema = z.object({
  id: z.uuid(),
  shift: z.string(),
  shiftName: z.string(),
  date: z.string(),
  from: person,
  to: person,
  state: z.enum(SWAP_STATES),
  requestedAt: z.string(),
  version: z.number().int(),
});
export type Swap = z.infer<typeof swapSchema>;

export const planSchema = z.object({
  id: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  country: z.enum(['NO', 'DK']),
  from: z.string(),
  weeks: z.number().int(),
  /** 'failed': the solve was interrupted (the server stopped) before it saved an answer. */
  state: z.enum(PLAN_STATES),
  mayPlan: z.boolean(),
  progress: z
    .object({ seconds: z.number(), legal: z.boolean(), score: z.number(), bound: z.number().nullable(), gap: z.number().nullable(), source: z.enum(['constructive', 'solver']) })
    .nullable(),
  outcome: z
    .object({
      status: z.enum(['within_gap', 'time_limit', 'stopped', 'no_legal_rota']),
      proven: z.boolean(),
      figures: figuresSchema,
      bound: z.number().nullable(),
      gap: z.number().nullable(),
      seconds: z.number(),
      explanation: explanationSchema.nullable(),
    })
    .nullable(),
  staff: z.array(person.extend({ experienced: z.boolean(), fte: z.number() })),
  shifts: z.array(planShiftSchema),
  violations: z.array(violationSchema),
  swaps: z.array(swapSchema),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Plan = z.infer<typeof planSchema>;

export const editShiftSchema = z.object({ staff: z.array(id()).max(20), version: version(1) });
export type EditShift = z.infer<typeof editShiftSchema>;
export const versionBodySchema = z.object({ version: version(1) });

export const newSwapSchema = z.object({ shift: cleanText(80).min(1, { error: 'text_too_short' }), toStaffId: id(), idempotencyKey: idempotencyKey() });
export type NewSwap = z.infer<typeof newSwapSchema>;
export const swapDecisionSchema = z.object({ approve: z.boolean(), version: version(1) });

export const myShiftsSchema = z.object({
  shifts: z.array(
    z.object({
      planId: z.uuid(),
      unit: z.object({ id: z.uuid(), name: z.string() }),
      shift: z.string(),
      name: z.string(),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      startTime: z.string(),
      endTime: z.string(),
    }),
  ),
  swaps: z.array(swapSchema.extend({ planId: z.uuid() })),
});
export type MyShifts = z.infer<typeof myShiftsSchema>;

/** A refused change: the error, and the rules it would break. */
export const refusalSchema = errorSchema.extend({ violations: z.array(violationSchema).optional() });

export const pdfQuerySchema = z.object({ lang: z.enum(['nb', 'nn', 'da', 'en']).default('nb') });
