/** The leader's oversight: emergency accesses to review and who accessed a child's record. */
import { z } from 'zod';
import { cleanText, id } from '../kernel/validation/primitives.ts';

export const emergencyReviewItemSchema = z.object({
  id: z.uuid(),
  staff: z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() }),
  role: z.string(),
  unitName: z.string(),
  childId: z.uuid(),
  reason: z.string(),
  grantedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  reviewDueOn: z.iso.date(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewNote: z.string().nullable(),
});

export const emergencyReviewListSchema = z.object({ items: z.array(emergencyReviewItemSchema) });

export const reviewRequestSchema = z.object({ note: cleanText(1000, { multiline: true }).default('') });

/** What an event in the access report was about, by the audited record's type. */
export const RECORD_KINDS = ['child', 'register', 'consent', 'chronology', 'consultation', 'pupil_talk', 'concern_report', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const KIND_OF_RESOURCE: Readonly<Record<string, RecordKind>> = {
  child: 'child',
  register: 'register',
  consents: 'consent',
  consent: 'consent',
  chronology: 'chronology',
  consultation: 'consultation',
  pupil_talk: 'pupil_talk',
  concern_report: 'concern_report',
};

/** A record type no capability has named here yet is still listed, as 'other'. */
export function recordKindOf(resourceType: string): RecordKind {
  return KIND_OF_RESOURCE[resourceType] ?? 'other';
}

export const accessReportSchema = z.object({
  childId: z.uuid(),
  /** The leader may read the record anyway; naming the child here costs no extra audited read. */
  child: z.object({ givenName: z.string(), familyName: z.string() }),
  events: z.array(
    z.object({
      occurredAt: z.iso.datetime(),
      /** 'child': the child's own record; 'register': a unit register that lists the child by name; the others: a record about the child. */
      record: z.enum(RECORD_KINDS),
      staffId: z.uuid().nullable(),
      staffName: z.string().nullable(),
      role: z.string().nullable(),
      unitName: z.string().nullable(),
      action: z.string(),
      purpose: z.string().nullable(),
      outcome: z.string(),
      emergency: z.boolean(),
    }),
  ),
});

export const idParamsSchema = z.object({ id: id() });

export const csvQuerySchema = z.object({ lang: z.enum(['nb', 'nn', 'da', 'en']).default('nb') });

export type EmergencyReviewList = z.infer<typeof emergencyReviewListSchema>;
export type AccessReport = z.infer<typeof accessReportSchema>;
