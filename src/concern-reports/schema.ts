/**
 * The concern report API's shapes, shared by the server (validation, OpenAPI) and the web.
 * The report's sections themselves are in content-schema.ts.
 */
import { z } from 'zod';
import { boundedRange, calendarDate, cleanText, id, idempotencyKey as newKey, RANGE_DAYS, version } from '../kernel/validation/primitives.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { completenessProblemSchema, reportContentSchema } from './content-schema.ts';
import { CARRY_ITEMS, type CarryItem } from './domain/carry-over.ts';
import { conclusionKinds, decisionKinds } from './domain/feedback.ts';

export const idParamsSchema = z.object({ id: id() });
export const localeSchema = z.enum(['nb', 'nn', 'da', 'en']);
const countrySchema = z.enum(['NO', 'DK']);
const idempotencyKey = newKey();

const sourceSchema = z.object({ act: z.string(), section: z.string().nullable(), check: z.boolean(), guidance: z.string() });

/** What the assistant explains before the form: the law of the reporter's country and whom to call. */
export const guidanceSchema = z.object({
  country: countrySchema,
  thresholdKey: z.string(),
  timingKey: z.string(),
  dutySource: sourceSchema,
  notReasonsToWaitKeys: z.array(z.string()),
  acuteSignKeys: z.array(z.string()),
  /** The services with a number to call: the municipality's own, else its units' and on-call cooperation's. */
  services: z.array(z.object({ kind: z.enum(['child_welfare', 'on_call_service']), name: z.string(), phone: z.string() })),
  /** The country's numbers, given when the municipality has no on-call number: there is always one to call. */
  nationalNumbers: z.array(z.object({ labelKey: z.string(), phone: z.string(), source: z.string() })),
});

/**
 * Starting a report on its first input: the content typed so far comes along, so no empty
 * draft is left behind by someone who only opened the form.
 */
export const createDraftRequestSchema = z.object({ idempotencyKey: idempotencyKey.optional(), content: reportContentSchema.optional() });

/** A report not yet started: the empty form with the writer's own details, and what it lacks. */
export const draftTemplateSchema = z.object({ country: countrySchema, content: reportContentSchema, problems: z.array(completenessProblemSchema) });

export const draftSchema = z.object({
  id: z.uuid(),
  status: z.enum(['draft', 'submitted']),
  version: z.number().int(),
  /** The consultation the draft was started from, while that is kept. */
  fromConsultationId: z.uuid().nullable(),
  /** The writer's country, whose rules the completeness check follows (the page runs it as one types). */
  country: countrySchema,
  content: reportContentSchema,
  problems: z.array(completenessProblemSchema),
  updatedAt: z.iso.datetime(),
});

/** Starting a draft from a consultation: each item is carried over only when ticked (true). */
export const fromConsultationRequestSchema = z.object({
  carry: z.object(Object.fromEntries(CARRY_ITEMS.map((item) => [item, z.boolean()])) as Record<CarryItem, z.ZodBoolean>),
  /** The reporter's language, for the texts that frame the carried items. */
  locale: localeSchema,
  /** Chosen once per form; a double click or a retry starts one draft. */
  idempotencyKey,
});

export const saveDraftRequestSchema = z.object({ version: version(1), content: reportContentSchema });

export const submitRequestSchema = z.object({
  version: version(1),
  idempotencyKey,
  locale: localeSchema,
  /** For a child entered by hand: the municipality where the child lives; default the reporter's. */
  municipalityId: id().optional(),
});

export const feedbackSchema = z.object({
  received: z.literal(true),
  investigationOpened: z.boolean().nullable(),
  /** Norway's second feedback: how the investigation ended, once it has. */
  investigationConcluded: z.enum(conclusionKinds).nullable(),
});

export const myReportSchema = z.object({
  id: z.uuid(),
  status: z.enum(['draft', 'submitted']),
  /** The child's name as the reporter wrote it: their own text. */
  childName: z.string(),
  updatedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime().nullable(),
  feedback: feedbackSchema.nullable(),
});
export const myReportsSchema = z.object({ reports: z.array(myReportSchema) });

export const deadlineSchema = z.object({
  kind: z.enum(['review', 'investigation', 'feedback', 'second_feedback', 'urgency_assessment', 'receipt']),
  dueAt: z.iso.datetime(),
  dueDate: z.iso.date(),
  /** Counted in hours: shown with its time of day. */
  timed: z.boolean(),
  extended: z.boolean(),
  status: z.enum(['met', 'met_late', 'open', 'near', 'past']),
  source: sourceSchema,
});

export const decisionSchema = z.object({
  kind: z.enum(decisionKinds),
  reason: z.string(),
  decidedAt: z.iso.datetime(),
});

/** A report as intake sees it in the queue: enough to triage, flags included. */
export const intakeItemSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  country: countrySchema,
  receivedAt: z.iso.datetime(),
  childName: z.string(),
  reporterUnitName: z.string(),
  childNotInRegister: z.boolean(),
  outsideReporterUnits: z.boolean(),
  routedFromMunicipality: z.string().nullable(),
  decision: decisionSchema.nullable(),
  extensionReason: z.string().nullable(),
  conclusion: z.object({ kind: z.enum(conclusionKinds), concludedOn: z.iso.date() }).nullable(),
  deadlines: z.array(deadlineSchema),
});
export const intakeQueueSchema = z.object({ reports: z.array(intakeItemSchema) });

export const intakeReportSchema = intakeItemSchema.extend({
  content: reportContentSchema,
  reporter: z.object({ name: z.string(), unitName: z.string() }),
  feedback: feedbackSchema,
  /** The register child, when the caller may open the child's record (opening it is audited there). */
  childRecordId: z.uuid().nullable(),
});

export const decideRequestSchema = z.object({
  version: version(1),
  kind: z.enum(decisionKinds),
  reason: cleanText(2000, { multiline: true }).min(1),
});

export const extendRequestSchema = z.object({
  version: version(1),
  reason: cleanText(2000, { multiline: true }).min(1),
});

/** The investigation ended: closed, or followed up with measures, on a date (not in the future). */
export const concludeRequestSchema = z.object({
  version: z.number().int().min(1),
  kind: z.enum(conclusionKinds),
  concludedOn: z.iso.date(),
});

const phoneSchema = z
  .string()
  .trim()
  .regex(/^[+]?[0-9]+([ -][0-9]+)*$/)
  .min(3)
  .max(30);
/** The municipality's numbers for acute situations; null where it has none of its own. */
export const serviceNumbersSchema = z.object({ childWelfarePhone: phoneSchema.nullable(), onCallPhone: phoneSchema.nullable() });

/** The leader's view: open deadlines that are near or past, soonest first; no child names. */
export const deadlineViewSchema = z.object({
  items: z.array(
    z.object({
      reportId: z.uuid(),
      receivedAt: z.iso.datetime(),
      reporterUnitName: z.string(),
      deadline: deadlineSchema,
    }),
  ),
});

/** A period of at most two school years: counts are for comparing terms and years, not decades. */
export const countsQuerySchema = z
  .object({ from: calendarDate(), to: calendarDate() })
  .superRefine(boundedRange('from', 'to', RANGE_DAYS.twoSchoolYears));
/** Reports received per reporting unit in the period; a count below the threshold is null. */
export const countsSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  units: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), received: z.number().int().nullable() })),
  total: z.number().int().nullable(),
});

export const problemsErrorSchema = errorSchema.extend({ problems: z.array(completenessProblemSchema).optional() });

export type Guidance = z.infer<typeof guidanceSchema>;
export type Draft = z.infer<typeof draftSchema>;
export type FromConsultationRequest = z.infer<typeof fromConsultationRequestSchema>;
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;
export type SubmitRequest = z.infer<typeof submitRequestSchema>;
export type MyReports = z.infer<typeof myReportsSchema>;
export type IntakeItem = z.infer<typeof intakeItemSchema>;
export type IntakeQueue = z.infer<typeof intakeQueueSchema>;
export type IntakeReport = z.infer<typeof intakeReportSchema>;
export type DecideRequest = z.infer<typeof decideRequestSchema>;
export type ExtendRequest = z.infer<typeof extendRequestSchema>;
export type ConcludeRequest = z.infer<typeof concludeRequestSchema>;
export type ServiceNumbers = z.infer<typeof serviceNumbersSchema>;
export type DraftTemplate = z.infer<typeof draftTemplateSchema>;
export type DeadlineView = z.infer<typeof deadlineViewSchema>;
export type Counts = z.infer<typeof countsSchema>;
export type ApiDeadline = z.infer<typeof deadlineSchema>;
