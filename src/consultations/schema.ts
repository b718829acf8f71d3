/**
 * The consultations API's shapes (records, follow-ups, consents), shared by the server
 * (validation, OpenAPI) and the web. Dates are 'YYYY-MM-DD'.
 */
import { z } from 'zod';
import { calendarDate, cleanText, id, idempotencyKey, version } from '../kernel/validation/primitives.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
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

export type NewConsultation = z.infer<typeof newConsultationSchema>;
export type EditConsultation = z.infer<typeof editConsultationSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
export type ConsultationList = z.infer<typeof consultationListSchema>;
export type NewConsent = z.infer<typeof newConsentSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type ConsentList = z.infer<typeof consentListSchema>;
