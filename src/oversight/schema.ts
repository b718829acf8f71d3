/** The leader's oversight: emergency accesses to review and who accessed a child's record. */
import { z } from 'zod';
import { isResourceType, type ResourceType } from '../kernel/audit/resource-types.ts';
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

/**
 * Every resource type's kind, so a type added to the kernel's list without being placed here
 * fails the type check rather than showing up as 'other' unnoticed.
 */
const KIND_OF_RESOURCE: Readonly<Record<ResourceType, RecordKind>> = {
  child: 'child',
  register: 'register',
  consents: 'consent',
  consent: 'consent',
  chronology: 'chronology',
  consultation: 'consultation',
  pupil_talk: 'pupil_talk',
  concern_report: 'concern_report',
  // Records that concern a child but have no kind of their own in the report.
  staff: 'other',
  unit: 'other',
  session: 'other',
  route: 'other',
  emergency_access: 'other',
  emergency_review_list: 'other',
  consultations: 'other',
  consultation_hour: 'other',
  consultation_hours: 'other',
  booking: 'other',
  own_bookings: 'other',
  presence_settings: 'other',
  network_contacts: 'other',
  contact_week: 'other',
  calendar_feed: 'other',
  own_concern_reports: 'other',
  concern_report_template: 'other',
  concern_intake_queue: 'other',
  concern_deadlines: 'other',
  concern_counts: 'other',
  municipality_service_number: 'other',
  pupil_talks: 'other',
  pupil_talk_request: 'other',
  pupil_referrals: 'other',
  pupil_mode: 'other',
  team: 'other',
  own_teams: 'other',
  team_candidates: 'other',
  team_meeting: 'other',
  team_plan: 'other',
  agenda_item: 'other',
  action_point: 'other',
  attendance_import: 'other',
  attendance_flag: 'other',
  attendance_flags: 'other',
  attendance_case: 'other',
  attendance_guideline: 'other',
  attendance_funnel: 'other',
  activity_entry: 'other',
  activity_sums: 'other',
  own_activities: 'other',
  on_call_call: 'other',
  on_call_calls: 'other',
  on_call_handover: 'other',
  on_call_statement: 'other',
  on_call_statistics: 'other',
  rota_plan: 'other',
  rota_service: 'other',
  rota_staff: 'other',
  rota_swap: 'other',
  own_shifts: 'other',
  evaluation: 'other',
  evaluation_pilot: 'other',
  evaluation_imported_count: 'other',
};

/** A type read back from the log that the list no longer has (renamed since) is listed as 'other'. */
export function recordKindOf(resourceType: string): RecordKind {
  return isResourceType(resourceType) ? KIND_OF_RESOURCE[resourceType] : 'other';
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
