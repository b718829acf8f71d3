/**
 * The consultations API's shapes (records, follow-ups, consents, a child's chronology), shared
 * by the server (validation, OpenAPI) and the web. Dates are 'YYYY-MM-DD'.
 */
import { z } from 'zod';
import { calendarDate, cleanText, id, idempotencyKey, version } from '../kernel/validation/primitives.ts';
import { decisionKinds } from '../concern-reports/domain/feedback.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { talkTopicSchema } from '../pupil-talks/schema.ts';
import { CONCERN_CATEGORIES } from '../kernel/concern-categories/categories.ts';
import { CONSENT_SCOPES, CONSULTATION_MODES, OUTCOMES } from './domain/kinds.ts';

export const idParamsSchema = z.object({ id: id() });
export const modeSchema = z.enum(CONSULTATION_MODES);
export const categorySchema = z.enum(CONCERN_CATEGORIES);
export const outcomeSchema = z.enum(OUTCOMES);
export const consentScopeSchema = z.enum(CONSENT_SCOPES);

const isoDate = z.iso.date();
const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

export const followUpInputSchema = z.object({
  text: cleanText(1000, { multiline: true }).min(1),
  ownerStaffId: id(),
  dueOn: calendarDate(),
});

/** The parts of a record that can be edited later; the mode and who it is about cannot. */
export const consultationContentSchema = z.object({
  category: categorySchema,
  heldOn: calendarDate(),
  description: cleanText(4000, { multiline: true }).min(1),
  advice: cleanText(4000, { multiline: true }),
  outcome: outcomeSchema,
  followUps: z.array(followUpInputSchema).max(10),
  /**
   * Anonymous and group records: the writer has checked that the text's warnings (a trait, a
   * diagnosis, "the only … in 1A") do not single out one child. Without it such a text is
   * refused with `needs_confirmation`; with it, the confirmation is audited.
   */
  anonymityConfirmed: z.boolean().optional(),
});

export const newConsultationSchema = consultationContentSchema.extend({
  mode: modeSchema,
  /** Consented mode only: the child, who must be in the unit's register and have a valid consent. */
  childId: id().nullable(),
  /** Group mode only: "7A", "the girls' group in 6B"; checked by the anonymity guard. */
  groupLabel: cleanText(200).min(1).nullable(),
  /** Chosen by the client once per form; a retry with the same key records nothing new. */
  idempotencyKey: idempotencyKey(),
});

export const editConsultationSchema = consultationContentSchema.extend({
  /** The version the editor read; a different current version answers 409 conflict. */
  version: version(1),
});

export const followUpSchema = z.object({ text: z.string(), owner: person, dueOn: isoDate });

export const consultationSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  mode: modeSchema,
  /** Consented records only; anonymous and group records name no one. */
  child: person.nullable(),
  groupLabel: z.string().nullable(),
  category: categorySchema,
  heldOn: isoDate,
  outcome: outcomeSchema,
  /**
   * Null when the consent behind a consented record has been withdrawn or has expired: the
   * details are then no longer used, and retention deletes the record.
   */
  details: z
    .object({ description: z.string(), advice: z.string(), followUps: z.array(followUpSchema) })
    .nullable(),
  recordedBy: person.nullable(),
  /** Concern reports started from this consultation, oldest first: when, and whether sent. */
  concernReports: z.array(z.object({ startedAt: z.iso.datetime(), sentAt: z.iso.datetime().nullable() })),
  version: z.number().int(),
});

export const consultationListSchema = z.object({ consultations: z.array(consultationSchema) });

const fieldSpan = z.object({ field: z.string(), kind: z.string(), start: z.number().int(), end: z.number().int() });

/**
 * 400 when free text identifies a child (`identifying_text`, with `findings`) or may single
 * one out and is not confirmed (`needs_confirmation`, with `warnings`): the field, the kind
 * and where, never the text. A refusal carries the warnings too, so the form shows both at once.
 */
export const identifyingTextErrorSchema = errorSchema.extend({
  findings: z.array(fieldSpan).optional(),
  warnings: z.array(fieldSpan).optional(),
});

export const newConsentSchema = z.object({
  guardianId: id(),
  scopes: z.array(consentScopeSchema).min(1).max(CONSENT_SCOPES.length),
  givenOn: calendarDate(),
  expiresOn: calendarDate(),
  /** Chosen by the client once per form; a retry with the same key registers nothing new. */
  idempotencyKey: idempotencyKey(),
});

export const consentSchema = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  guardian: person,
  scopes: z.array(consentScopeSchema),
  givenOn: isoDate,
  expiresOn: isoDate,
  withdrawnOn: isoDate.nullable(),
  status: z.enum(['not_yet_given', 'valid', 'expired', 'withdrawn']),
});

export const consentListSchema = z.object({ consents: z.array(consentSchema) });

const unitRef = z.object({ id: z.uuid(), name: z.string() });

/**
 * One event in a child's chronology. Each source (consultations, consents, drafts started from
 * consultations, concern reports, pupil talks; later absence) adds its own kind, so the web can
 * show each in its own words. What each reader may see of a concern report or a pupil talk is
 * decided in domain/chronology-view.ts.
 */
export const chronologyEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('consultation'),
    date: isoDate,
    id: z.uuid(),
    unit: z.object({ id: z.uuid(), name: z.string() }),
    category: categorySchema,
    outcome: outcomeSchema,
    /** Null when the consent it was recorded under no longer runs. */
    description: z.string().nullable(),
  }),
  /** A concern report started from one of the child's consultations: when, from which, and when sent. */
  z.object({ kind: z.literal('concern_report_started'), date: isoDate, consultationId: z.uuid(), consultationHeldOn: isoDate }),
  z.object({ kind: z.literal('consent_given'), date: isoDate, consentId: z.uuid(), guardian: person, scopes: z.array(consentScopeSchema), expiresOn: isoDate }),
  z.object({ kind: z.literal('consent_withdrawn'), date: isoDate, consentId: z.uuid(), guardian: person }),
  z.object({ kind: z.literal('consent_expired'), date: isoDate, consentId: z.uuid(), guardian: person }),
  z.object({
    kind: z.literal('concern_report'),
    /** The day it was sent (and received: sending is delivery). */
    date: isoDate,
    id: z.uuid(),
    /** The unit it was sent from. */
    unit: unitRef,
    answer: z.discriminatedUnion('seen', [
      /** Intake only: child welfare's decision, null until made. */
      z.object({ seen: z.literal('decision'), decision: z.enum(decisionKinds).nullable(), decidedOn: isoDate.nullable() }),
      /** Everyone else: what the reporter is told, null until decided. */
      z.object({ seen: z.literal('feedback'), investigationOpened: z.boolean().nullable() }),
    ]),
  }),
  /** A pupil talk whose parent notice was given. */
  z.object({ kind: z.literal('pupil_talk'), date: isoDate, id: z.uuid(), unit: unitRef, topic: talkTopicSchema, noticeGivenOn: isoDate }),
  /** Intake only: a talk whose parent notice was withheld, referred to child welfare. Null talk date once the talk is deleted. */
  z.object({ kind: z.literal('pupil_referral'), date: isoDate, id: z.uuid(), unit: unitRef, talkHeldOn: isoDate.nullable() }),
]);

export const chronologySchema = z.object({ entries: z.array(chronologyEntrySchema) });

export type NewConsultation = z.infer<typeof newConsultationSchema>;
export type EditConsultation = z.infer<typeof editConsultationSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
export type ConsultationList = z.infer<typeof consultationListSchema>;
export type NewConsent = z.infer<typeof newConsentSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type ConsentList = z.infer<typeof consentListSchema>;
export type ChronologyEntry = z.infer<typeof chronologyEntrySchema>;
export type Chronology = z.infer<typeof chronologySchema>;
