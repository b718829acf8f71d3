/**
 * The pupil talk API's shapes, shared by the server (validation, OpenAPI) and the web. Dates
 * are 'YYYY-MM-DD'; the date rules themselves are in domain/rules.ts, so a form gets one code
 * per field. No shape carries free text from a pupil: their choices are fixed lists.
 */
import { z } from 'zod';
import { anonymityConfirmedSchema, warningSpansSchema } from '../anonymity/schema.ts';
import { boundedInt, calendarDate, cleanText, id, idempotencyKey, instant, version } from '../kernel/validation/primitives.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';

export const FREE_WHEN = ['break', 'before_school', 'after_school', 'any_time'] as const;
export const TALK_TOPICS = ['friends', 'school', 'home', 'feelings', 'body', 'other'] as const;
export const NOTICE_HOWS = ['in_person', 'phone', 'letter', 'digital'] as const;
export const NOTICE_LOCALES = ['nb', 'nn', 'da', 'en'] as const;

export const freeWhenSchema = z.enum(FREE_WHEN);
export const talkTopicSchema = z.enum(TALK_TOPICS);
export const noticeHowSchema = z.enum(NOTICE_HOWS);
export const noticeLocaleSchema = z.enum(NOTICE_LOCALES);
export const noticeStatusSchema = z.enum(['none', 'drafted', 'given', 'withheld']);

export const idParamsSchema = z.object({ id: id() });

/** What a pupil (or a staff member for them) gives: enough for the contact to find them, no more. */
export const pupilRequestSchema = z.object({
  firstName: cleanText(40).min(1),
  classGroup: cleanText(20).min(1),
  freeWhen: freeWhenSchema.nullable().default(null),
  about: talkTopicSchema.nullable().default(null),
  /** Chosen once per form: a double tap or a retry creates one request. */
  idempotencyKey: idempotencyKey(),
});

export const pupilModeSchema = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  expiresAt: z.iso.datetime(),
});

/** Whether this device is in pupil mode: null when it is not (an ordinary answer, not an error). */
export const pupilModeStateSchema = z.object({ mode: pupilModeSchema.nullable() });

export const requestCreatedSchema = z.object({ id: z.uuid() });

export const talkRequestSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  classGroup: z.string(),
  freeWhen: freeWhenSchema.nullable(),
  about: talkTopicSchema.nullable(),
  source: z.enum(['pupil_mode', 'staff']),
  requestedAt: z.iso.datetime(),
});

const person = z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() });

export const talkSchema = z.object({
  id: z.uuid(),
  request: talkRequestSchema,
  unit: z.object({ id: z.uuid(), name: z.string() }),
  contact: person,
  heldOn: z.string(),
  durationMinutes: z.number().int(),
  topic: talkTopicSchema,
  followUp: z.boolean(),
  note: z.string().nullable(),
  /** The child in the register, once linked for the parent notice or a referral. */
  child: person.nullable(),
  notice: z.object({
    status: noticeStatusSchema,
    locale: noticeLocaleSchema.nullable(),
    text: z.string().nullable(),
    givenAt: z.iso.datetime().nullable(),
    how: noticeHowSchema.nullable(),
    givenBy: person.nullable(),
    pupilPresent: z.boolean().nullable(),
  }),
  /** Set when the parents were not told and the case went to child welfare's intake. */
  referredOn: z.string().nullable(),
  version: z.number().int(),
});

export const unitTalksSchema = z.object({
  unit: z.object({ id: z.uuid(), name: z.string() }),
  /** Requests nobody has recorded a talk for yet, oldest first. */
  openRequests: z.array(talkRequestSchema),
  talks: z.array(
    z.object({
      id: z.uuid(),
      firstName: z.string(),
      classGroup: z.string(),
      heldOn: z.string(),
      topic: talkTopicSchema,
      noticeStatus: noticeStatusSchema,
    }),
  ),
});

export const recordTalkRequestSchema = z.object({
  heldOn: calendarDate(),
  durationMinutes: boundedInt(5, 240),
  topic: talkTopicSchema,
  followUp: z.boolean(),
  /** Short and non-identifying (checked by the anonymity guard), or none. */
  note: cleanText(500, { multiline: true }).nullable().default(null),
  anonymityConfirmed: anonymityConfirmedSchema,
});

export const draftNoticeRequestSchema = z.object({
  version: version(),
  childId: id(),
  locale: noticeLocaleSchema,
  text: cleanText(2000, { multiline: true }).min(1),
});

export const noticeGivenRequestSchema = z.object({
  version: version(),
  givenAt: instant({ offset: true }),
  how: noticeHowSchema,
  pupilPresent: z.boolean(),
});

export const withholdRequestSchema = z.object({
  version: version(),
  childId: id(),
  /** Why telling the parents could put the child at risk: for child welfare's intake. */
  reason: cleanText(2000, { multiline: true }).min(1),
});

export const referralListSchema = z.object({
  referrals: z.array(
    z.object({
      id: z.uuid(),
      referredOn: z.string(),
      unit: z.object({ id: z.uuid(), name: z.string() }),
      child: person,
      referredBy: person.nullable(),
      reason: z.string(),
    }),
  ),
});

/** 400 when a note holds identifying details: their kinds and where they are, never the text. */
export const identifyingErrorSchema = errorSchema.extend({
  findings: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
  warnings: warningSpansSchema,
});

export const validationErrorSchema = errorSchema.extend({
  issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
});

export type FreeWhen = z.infer<typeof freeWhenSchema>;
export type TalkTopic = z.infer<typeof talkTopicSchema>;
export type NoticeHow = z.infer<typeof noticeHowSchema>;
export type NoticeLocale = z.infer<typeof noticeLocaleSchema>;
export type PupilRequest = z.output<typeof pupilRequestSchema>;
export type PupilMode = z.infer<typeof pupilModeSchema>;
export type TalkRequest = z.infer<typeof talkRequestSchema>;
export type Talk = z.infer<typeof talkSchema>;
export type UnitTalks = z.infer<typeof unitTalksSchema>;
export type RecordTalkRequest = z.output<typeof recordTalkRequestSchema>;
export type DraftNoticeRequest = z.infer<typeof draftNoticeRequestSchema>;
export type NoticeGivenRequest = z.infer<typeof noticeGivenRequestSchema>;
export type WithholdRequest = z.infer<typeof withholdRequestSchema>;
export type ReferralList = z.infer<typeof referralListSchema>;
