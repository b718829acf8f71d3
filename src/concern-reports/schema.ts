/**
 * The concern report API's shapes, shared by the server (validation, OpenAPI) and the web.
 * The report's sections themselves are in content-schema.ts.
 */
import { z } from 'zod';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { completenessProblemSchema, reportContentSchema } from './content-schema.ts';
import { CARRY_ITEMS, type CarryItem } from './domain/carry-over.ts';
import { decisionKinds } from './domain/feedback.ts';

export const idParamsSchema = z.object({ id: z.uuid() });
export const localeSchema = z.enum(['nb', 'nn', 'da', 'en']);
const countrySchema = z.enum(['NO', 'DK']);
const idempotencyKey = z.string().min(8).max(100);

const sourceSchema = z.object({ act: z.string(), section: z.string().nullable(), check: z.boolean(), guidance: z.string() });

/** What the assistant explains before the form: the law of the reporter's country and whom to call. */
export const guidanceSchema = z.object({
  country: countrySchema,
  thresholdKey: z.string(),
  timingKey: z.string(),
  dutySource: sourceSchema,
  notReasonsToWaitKeys: z.array(z.string()),
  acuteSignKeys: z.array(z.string()),
  services: z.array(z.object({ kind: z.enum(['child_welfare', 'on_call_service']), name: z.string(), phone: z.string().nullable() })),
});

export const createDraftRequestSchema = z.object({ idempotencyKey: idempotencyKey.optional() });

export const draftSchema = z.object({
  id: z.uuid(),
  status: z.enum(['draft', 'submitted']),
  version: z.number().int(),
  /** The consultation the draft was started from, while that is kept. */
  fromConsultationId: z.uuid().nullable(),
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

export const saveDraftRequestSchema = z.object({ version: z.number().int().min(1), content: reportContentSchema });

export const submitRequestSchema = z.object({
  version: z.number().int().min(1),
  idempotencyKey,
  locale: localeSchema,
  /** For a child entered by hand: the municipality where the child lives; default the reporter's. */
  municipalityId: z.uuid().optional(),
});

export const feedbackSchema = z.object({ received: z.literal(true), investigationOpened: z.boolean().nullable() });

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
  kind: z.enum(['review', 'investigation', 'feedback', 'urgency_assessment', 'receipt']),
  dueAt: z.iso.datetime(),
  dueDate: z.iso.date(),
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
  deadlines: z.array(deadlineSchema),
});
export const intakeQueueSchema = z.object({ reports: z.array(intakeItemSchema) });

export const intakeReportSchema = intakeItemSchema.extend({
  content: reportContentSchema,
  reporter: z.object({ name: z.string(), unitName: z.string() }),
  feedback: feedbackSchema,
});

export const decideRequestSchema = z.object({
  version: z.number().int().min(1),
  kind: z.enum(decisionKinds),
  reason: z.string().trim().min(1).max(2000),
});

export const extendRequestSchema = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(2000),
});

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

export const countsQuerySchema = z.object({ from: z.iso.date(), to: z.iso.date() });
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
export type DeadlineView = z.infer<typeof deadlineViewSchema>;
export type Counts = z.infer<typeof countsSchema>;
export type ApiDeadline = z.infer<typeof deadlineSchema>;
