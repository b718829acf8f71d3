/**
 * The attendance API's shapes, shared by the server (validation, OpenAPI), the web and the
 * command line: a source's column mapping, an import's report and a school's open flags.
 */
import { z } from 'zod';
import { boundedInt, calendarDate, cleanText, id, idempotencyKey, INT4_MAX, INT4_MIN } from '../kernel/validation/primitives.ts';

/** A source system's short name in a mapping and on the command line: "visma", "vigilo", "lectio". */
export const sourceNameSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { error: 'bad_source_name' });

export const rejectionReasonSchema = z.enum([
  'missing_value',
  'bad_identity_number',
  'bad_date',
  'bad_lesson',
  'bad_minutes',
  'unknown_kind',
  'unknown_pupil',
  'outside_school_year',
  'closed_day',
  'duplicate_different',
]);

export const importReportSchema = z.object({
  importId: id(),
  rowsRead: z.number().int(),
  accepted: z.number().int(),
  changed: z.number().int(),
  dryRun: z.boolean(),
  rejected: z.array(z.object({ line: z.number().int(), reason: rejectionReasonSchema, column: z.string().nullable() })),
});
export type ImportReportBody = z.infer<typeof importReportSchema>;

export const unitParamsSchema = z.object({ id: id() });
export const flagParamsSchema = z.object({ id: id(), flagId: id() });
/** An upload's settings ride in the query: the body is the file itself, streamed. */
export const importQuerySchema = z.object({
  source: sourceNameSchema,
  format: z.enum(['csv', 'xlsx']).default('csv'),
  dryRun: z.enum(['true', 'false']).default('false'),
});

/** How far an import has come: rows so far, and the bytes of the file read (of its size, on the page). */
export const importProgressSchema = z.object({ rowsRead: z.number().int(), accepted: z.number().int(), rejected: z.number().int(), bytesRead: z.number().int() });
export type ImportProgressBody = z.infer<typeof importProgressSchema>;

/** One line of an import's streamed answer (kernel/http/progress-answer.ts). */
export const importAnswerLineSchema = z.union([
  z.object({ progress: importProgressSchema }),
  z.object({ result: importReportSchema }),
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
]);

export const flagSchema = z.object({
  id: id(),
  childId: id(),
  pupilName: z.string(),
  groupName: z.string().nullable(),
  ruleId: z.string(),
  stage: z.number().int(),
  measure: z.enum(['days', 'single_days', 'lessons', 'occurrences', 'percent', 'days_in_a_row']),
  comparison: z.enum(['more_than', 'at_least']),
  threshold: z.number(),
  value: z.number(),
  windowFrom: calendarDate(),
  windowTo: calendarDate(),
  schoolDays: z.number().int(),
  raisedOn: calendarDate(),
  /** The guideline's first step: the date a meeting with the parents is due by, when the rule asks for one. */
  dueOn: calendarDate().nullable(),
  status: z.enum(['open', 'handled']),
  handledNote: z.string().nullable(),
  /** The follow-up case the flag belongs to, once one is opened or joined. */
  caseId: id().nullable(),
});
export type Flag = z.infer<typeof flagSchema>;

export const flagListSchema = z.object({ flags: z.array(flagSchema) });
export type FlagList = z.infer<typeof flagListSchema>;

/** Handling a flag: what was done (a call home, a meeting), in a short note without names. */
export const handleFlagSchema = z.object({ note: cleanText(500).min(1, { error: 'text_too_short' }) });
export type HandleFlagRequest = z.infer<typeof handleFlagSchema>;

/** A daily registration's rows per call: a large school's day, lesson by lesson. */
export const MAX_REGISTRATION_ROWS = 2000;

/**
 * One row of a daily registration. Only the shape is checked here; the values pass the import's
 * own checks, so a bad row is refused with its index and reason while the others land.
 */
export const registrationRowSchema = z.object({
  /** The pupil's identity number (11 digits in Norway, 10 in Denmark); never in a URL. */
  nationalId: cleanText(20).optional(),
  /** 'YYYY-MM-DD'. */
  date: cleanText(20).optional(),
  /** The lesson; 0, null or left out is the whole day. */
  lesson: boundedInt(INT4_MIN, INT4_MAX).nullable().optional(),
  /** School time missed; left out for a whole day, it is the guideline's school day. */
  minutes: boundedInt(INT4_MIN, INT4_MAX).nullable().optional(),
  /** Tidlig's kind code of the school's country: Norway documented, undocumented, sick, permitted, late, left_early; Denmark sick, permitted, illegal. */
  kind: cleanText(40).optional(),
});
export type RegistrationRow = z.infer<typeof registrationRowSchema>;

/** A school's day of absence from its admin system, sent as JSON. */
export const registrationSchema = z.object({
  /** The sending system; a later call from the same source replaces what an earlier one held for a pupil's dates. */
  source: sourceNameSchema.default('api'),
  idempotencyKey: idempotencyKey(),
  rows: z.array(registrationRowSchema).max(MAX_REGISTRATION_ROWS),
});
export type RegistrationRequest = z.infer<typeof registrationSchema>;

export const registrationReportSchema = z.object({
  importId: id(),
  rowsRead: z.number().int(),
  accepted: z.number().int(),
  changed: z.number().int(),
  refusedCount: z.number().int(),
  refused: z.array(z.object({ index: z.number().int(), reason: rejectionReasonSchema, field: z.string().nullable() })),
});
export type RegistrationReport = z.infer<typeof registrationReportSchema>;
