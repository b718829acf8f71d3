/**
 * The activity log's API shapes, shared by the server (validation, OpenAPI) and the web (form,
 * typed fetches). An entry is counts and minutes at a unit; its note is short and must not
 * identify anyone.
 */
import { z } from 'zod';
import { anonymityConfirmedSchema, warningSpansSchema } from '../anonymity/schema.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { boundedInt, calendarDate, cleanText, dateRange, id, idempotencyKey, RANGE_DAYS, version } from '../kernel/validation/primitives.ts';
import { ACTIVITY_KINDS, MINUTES, NOTE_MAX, PEOPLE } from './domain/activity-rules.ts';

export const idParamsSchema = z.object({ id: id() });
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

/** What the contact says about an activity, when logging it and when editing it. */
export const activityFieldsSchema = z.object({
  unitId: id(),
  kind: activityKindSchema,
  heldOn: calendarDate(),
  minutes: boundedInt(MINUTES.min, MINUTES.max),
  people: boundedInt(PEOPLE.min, PEOPLE.max),
  /** Short and non-identifying (checked by the anonymity guard); empty is none. */
  note: cleanText(NOTE_MAX, { multiline: true }),
  anonymityConfirmed: anonymityConfirmedSchema,
});

export const newActivitySchema = activityFieldsSchema.extend({ idempotencyKey: idempotencyKey() });
export const editActivitySchema = activityFieldsSchema.extend({ version: version(1) });
export const deleteActivitySchema = z.object({ version: version(1) });

export const activitySchema = z.object({
  id: z.uuid(),
  unit: z.object({ id: z.uuid(), name: z.string() }),
  kind: activityKindSchema,
  heldOn: calendarDate(),
  minutes: z.number().int(),
  people: z.number().int(),
  note: z.string(),
  version: z.number().int(),
});

export const myActivitiesSchema = z.object({
  /** The units the contact serves: where they may log. */
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Their own entries, newest first. */
  activities: z.array(activitySchema),
});

/** The leader's question: the months from `from` to `to` (two school years at most). */
export const sumsQuerySchema = dateRange(RANGE_DAYS.twoSchoolYears);

export const activitySumSchema = z.object({
  unitId: z.uuid(),
  month: z.string(),
  kind: activityKindSchema,
  /** Null when fewer than five: hidden, with the minutes. */
  sessions: z.number().int().nullable(),
  minutes: z.number().int().nullable(),
});

export const activitySumsSchema = z.object({
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  sums: z.array(activitySumSchema),
});

export const activityErrorSchema = errorSchema.extend({
  findings: z.array(z.object({ kind: z.string(), start: z.number().int(), end: z.number().int() })).optional(),
  warnings: warningSpansSchema,
});

export type NewActivity = z.infer<typeof newActivitySchema>;
export type EditActivity = z.infer<typeof editActivitySchema>;
export type ActivityFields = z.infer<typeof activityFieldsSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type MyActivities = z.infer<typeof myActivitiesSchema>;
export type ActivitySums = z.infer<typeof activitySumsSchema>;
