/**
 * The call log's API shapes, shared by the server (validation, OpenAPI) and the web. Instants
 * are ISO 8601 with an offset or Z; the night's list and the handover are asked for by date.
 */
import { z } from 'zod';
import { CONCERN_CATEGORIES } from '../kernel/concern-categories/categories.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { boundedInt, calendarDate, cleanText, dateRange, id, idempotencyKey, instant, version } from '../kernel/validation/primitives.ts';
import { lookupRequestSchema } from '../children/schema.ts';
import { CALLERS, PLACEMENT_OUTCOMES, RESPONSES } from './domain/call-kinds.ts';
import { COST_BASES } from './domain/cost-split.ts';
import { uiLanguages } from '../kernel/i18n/languages.ts';

export const idParamsSchema = z.object({ id: id() });
export const callerSchema = z.enum(CALLERS);
export const responseSchema = z.enum(RESPONSES);
export const placementSchema = z.enum(PLACEMENT_OUTCOMES);
export const categorySchema = z.enum(CONCERN_CATEGORIES);

/** The day whose list to show: the night's list runs from that day's 08:00 to the next morning's. */
export const dayQuerySchema = z.object({ date: calendarDate().optional() });

export const newCallSchema = z
  .object({
    /** The municipality of the service's cooperation the call is about (the evening team's own). */
    municipalityId: id(),
    receivedAt: instant({ offset: true }),
    caller: callerSchema,
    category: categorySchema,
    responses: z.array(responseSchema).min(1).max(RESPONSES.length),
    placement: placementSchema,
    /** Only when a placement was made: when the emergency decision was made. */
    placementMadeAt: instant({ offset: true }).nullable(),
    minutesSpent: boundedInt(1, 1440),
    /** What was done and why: intake reads it at the handover. */
    summary: cleanText(4000, { multiline: true }).min(1),
    followUp: z.boolean(),
    /** The workers who handled it, besides the one logging it. */
    workerStaffIds: z.array(id()).max(10),
    idempotencyKey: idempotencyKey(),
  })
  .superRefine((value, ctx) => {
    if (value.placement === 'made' && value.placementMadeAt === null) {
      ctx.addIssue({ code: 'custom', path: ['placementMadeAt'], message: 'placement_time_missing' });
    }
  });

export const takeOverSchema = z.object({ version: version(1) });

/** Linking the child a call is about, by identity number (in the body, never an address). */
export const linkChildSchema = lookupRequestSchema.extend({ version: version(1) });

const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

export const tribunalSchema = z.object({
  deadline: z.iso.datetime({ offset: true }),
  minutesLeft: z.number().int(),
  hours: z.number().int(),
  source: z.string(),
});

export const callSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The on-call day (08:00 to 08:00) the call belongs to: the night's list it is on. */
  onCallDay: calendarDate(),
  caller: callerSchema,
  category: categorySchema,
  responses: z.array(responseSchema),
  placement: placementSchema,
  placementMadeAt: z.iso.datetime({ offset: true }).nullable(),
  /** Set when a placement was made: the county tribunal's deadline. */
  tribunal: tribunalSchema.nullable(),
  minutesSpent: z.number().int(),
  summary: z.string(),
  followUp: z.boolean(),
  workers: z.array(person),
  childLinked: z.boolean(),
  handoverDate: calendarDate().nullable(),
  handoverState: z.enum(['not_needed', 'waiting', 'overdue', 'taken_over']),
  takenOverBy: person.nullable(),
  takenOverAt: z.iso.datetime({ offset: true }).nullable(),
  version: z.number().int(),
});

export const callListSchema = z.object({
  date: z.string(),
  /** The municipalities a call at this unit may be about (for the form). */
  municipalities: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The unit's on-call workers (for the form's "also handled by"). */
  workers: z.array(person),
  calls: z.array(callSchema),
  /**
   * Concern reports about the unit's municipalities received outside office hours in the same
   * on-call day: when and about which municipality; the report's id only for one who may open it
   * (intake and leaders, not the on-call worker).
   */
  reports: z.array(z.object({ receivedAt: z.iso.datetime({ offset: true }), municipality: z.object({ id: z.uuid(), name: z.string() }), reportId: z.uuid().nullable() })),
});

export const handoverSchema = z.object({
  date: z.string(),
  municipality: z.object({ id: z.uuid(), name: z.string() }),
  overdueAt: z.iso.datetime({ offset: true }),
  calls: z.array(callSchema),
});

/** The service's figures over a period of the leader's choosing, up to a year. */
export const OVERVIEW_LONGEST_DAYS = 366;
export const overviewQuerySchema = dateRange(OVERVIEW_LONGEST_DAYS);

const shownCount = z.number().int().nullable();

/** Aggregates only: null where a count is under 5 or would give a hidden one away. */
export const overviewSchema = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  from: calendarDate(),
  to: calendarDate(),
  total: shownCount,
  /** Two hours a bar, the first 00:00–01:59, on the service's wall clock. */
  byHours: z.array(shownCount).length(12),
  /** Monday first. */
  byWeekday: z.array(shownCount).length(7),
  placements: z.object(Object.fromEntries(PLACEMENT_OUTCOMES.map((outcome) => [outcome, shownCount])) as Record<(typeof PLACEMENT_OUTCOMES)[number], typeof shownCount>),
  withoutPlacement: z.number().nullable(),
  withoutPlacementAtLeast: z.number().nullable(),
  workers: z.array(person.extend({ calls: shownCount, hours: z.number().nullable() })),
});

/**
 * A month, 'YYYY-MM', within the years any date may have. Refused with the date's code: the
 * page moves a month at a time, so only a hand-made address can send a wrong one.
 */
export function month() {
  return z
    .string({ error: 'not_a_date' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'not_a_date' })
    .refine((value) => calendarDate().safeParse(`${value}-01`).success, { error: 'date_out_of_range' });
}

export const statementQuerySchema = z.object({ month: month() });
export const statementPdfQuerySchema = z.object({ month: month(), locale: z.enum(uiLanguages) });

/** Percent of the cost split by each basis; together 100. */
export const costKeySchema = z.object(Object.fromEntries(COST_BASES.map((basis) => [basis, boundedInt(0, 100)])) as Record<(typeof COST_BASES)[number], ReturnType<typeof boundedInt>>);

/** The most a month may cost: 20 million kroner, in øre (it fits an integer). */
export const MAX_COST_ORE = 2_000_000_000;
export const MAX_POPULATION = 10_000_000;

/**
 * The leader's month: its cost in øre, the key and each municipality's population, with the
 * version read (0 when the month has none stored yet). Saving what is stored changes nothing.
 */
export const saveCostSchema = z.object({
  month: month(),
  version: version(0),
  costOre: boundedInt(0, MAX_COST_ORE),
  key: costKeySchema,
  populations: z.array(z.object({ municipalityId: id(), population: boundedInt(0, MAX_POPULATION) })).min(1).max(50),
});

/** Whether the key's parts add up to 100 (checked by the service, which answers `key_not_100`; the form checks it too). */
export function keyAddsUp(key: Record<(typeof COST_BASES)[number], number>): boolean {
  return COST_BASES.reduce((sum, basis) => sum + key[basis], 0) === 100;
}

const statementRowSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** null until the month's populations are stored. */
  population: z.number().int().nullable(),
  /**
   * The month's calls and minutes about the municipality: the billing basis, shown as they are
   * (no small-count hiding: a count of calls says nothing about a person, and the municipalities
   * must be able to check what they pay for).
   */
  calls: z.number().int(),
  minutes: z.number().int(),
  /** The municipality's share in øre; null when nothing is split. */
  shareOre: z.number().int().nullable(),
});

export const statementSchema = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  month: z.string(),
  /** 0 when nothing is stored for the month; the version to send with a save. */
  version: z.number().int(),
  costOre: z.number().int().nullable(),
  key: costKeySchema.nullable(),
  /** When nothing is stored for the month: the latest earlier month's key and populations, to start the form from. */
  suggestedFrom: z.string().nullable(),
  // Municipality id → population. An object with a catch-all rather than z.record: the web's
  // shared zod chunk, part of the login page, then carries no record type (see bench/bundle-size.ts).
  suggested: z.object({ key: costKeySchema, populations: z.object({}).catchall(z.number().int()) }).nullable(),
  rows: z.array(statementRowSchema),
  outcome: z.enum(['not_set', 'split', 'empty_basis', 'key_not_100', 'negative_figure']),
  /** The basis with nothing in it, when that stops the split. */
  emptyBasis: z.enum(COST_BASES).nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const callErrorSchema = errorSchema;

export type NewCall = z.infer<typeof newCallSchema>;
export type LinkChild = z.infer<typeof linkChildSchema>;
export type Call = z.infer<typeof callSchema>;
export type CallList = z.infer<typeof callListSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type OnCallOverview = z.infer<typeof overviewSchema>;
export type SaveCost = z.infer<typeof saveCostSchema>;
export type Statement = z.infer<typeof statementSchema>;
