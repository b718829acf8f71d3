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

export const callErrorSchema = errorSchema;

export type NewCall = z.infer<typeof newCallSchema>;
export type LinkChild = z.infer<typeof linkChildSchema>;
export type Call = z.infer<typeof callSchema>;
export type CallList = z.infer<typeof callListSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type OnCallOverview = z.infer<typeof overviewSchema>;
