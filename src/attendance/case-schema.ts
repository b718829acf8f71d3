/**
 * The follow-up case's API shapes, shared by the server (validation, OpenAPI) and the web: the
 * case with its flags, steps and contact log, and the requests that open, add to and close it.
 * Every write but opening carries the case's version as read (optimistic locking).
 */
import { z } from 'zod';
import { localeSchema } from '../kernel/db/register-kinds.ts';
import { calendarDate, cleanText, id, idempotencyKey, version } from '../kernel/validation/primitives.ts';
import { CLOSE_NOTE_MAX, CLOSE_REASONS, CONTACT_PARTIES, CONTACT_TEXT_MAX, CONTACT_WAYS, REPORT_CARRY_ITEMS, STEP_KINDS, STEP_TEXT_MAX, TRIGGER_KINDS, type ReportCarryItem } from './domain/case-rules.ts';
import { ABSENCE_KINDS, type AbsenceKind } from './domain/absence.ts';
import { LETTER_TEXT_MAX, LETTER_TO_MAX } from './domain/warning-letter.ts';
import { flagSchema } from './schema.ts';
import { OUTCOMES } from '../consultations/domain/kinds.ts';

/** The writer's own text in a consultation from the case: the consultation's 4,000 characters, less room for the figures. */
const CONSULTATION_TEXT_MAX = 3000;

export const caseParamsSchema = z.object({ id: id() });
export const stepParamsSchema = z.object({ id: id(), stepId: id() });

const person = z.object({ id: z.uuid(), name: z.string() });

export const caseStepSchema = z.object({
  id: z.uuid(),
  kind: z.enum(STEP_KINDS),
  what: z.string(),
  owner: person.nullable(),
  dueOn: calendarDate(),
  reviewOn: calendarDate().nullable(),
  done: z.boolean(),
});
export type CaseStep = z.infer<typeof caseStepSchema>;

export const caseContactSchema = z.object({
  id: z.uuid(),
  contactedOn: calendarDate(),
  by: person.nullable(),
  withWhom: z.enum(CONTACT_PARTIES),
  how: z.enum(CONTACT_WAYS),
  outcome: z.string(),
  agreed: z.string(),
});
export type CaseContact = z.infer<typeof caseContactSchema>;

/** A letter to the home recorded as sent: the Danish warning at 10 %. */
export const caseLetterSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['warning']),
  body: z.string(),
  sentOn: calendarDate(),
  sentTo: z.string(),
  by: person.nullable(),
});
export type CaseLetter = z.infer<typeof caseLetterSchema>;

/** A weekday of the pupil's term: what was missed, and the share of school time missed since the term began. */
export const termDaySchema = z.object({
  date: calendarDate(),
  /** False on a weekday the school was closed: a holiday or a planning day. */
  schoolDay: z.boolean(),
  /** School time missed that day, every kind, at most a day's length. */
  minutes: z.number().int(),
  wholeDay: z.boolean(),
  kinds: z.array(z.enum(ABSENCE_KINDS as [AbsenceKind, ...AbsenceKind[]])),
  /** Percent of school time missed (of the counted kinds) from the term's first school day to this one; null on a closed day. */
  percent: z.number().nullable(),
});
export type TermDay = z.infer<typeof termDaySchema>;

/** The pupil's current term up to the school's today, for the calendar and the line on the case page. */
export const caseTermSchema = z.object({
  from: calendarDate(),
  to: calendarDate(),
  dayMinutes: z.number().int(),
  /** The kinds the percentage counts: the guideline's percent rule's, else every kind. */
  counted: z.array(z.enum(ABSENCE_KINDS as [AbsenceKind, ...AbsenceKind[]])),
  /** The guideline's percent rule's threshold, the line's reference; null without such a rule. */
  threshold: z.number().nullable(),
  days: z.array(termDaySchema),
});
export type CaseTerm = z.infer<typeof caseTermSchema>;

export const attendanceCaseSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  pupilName: z.string(),
  groupName: z.string().nullable(),
  coordinator: person.nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closeNote: z.string().nullable(),
  version: z.number().int(),
  /** The school's today on the service's clock: the forms' dates start from it, whatever the browser's calendar says. */
  today: calendarDate(),
  /** Whole school days away since the first flag's window began. */
  absentDays: z.number().int(),
  /** Ten or more days away: coming back needs a return plan (a step of that kind). */
  returnPlanRequired: z.boolean(),
  /** The school's country: Denmark's cases track the municipality's hearing and the warning letter. */
  country: z.enum(['NO', 'DK']),
  /** What the stages of the case's flags ask for, by the municipality's guideline. */
  triggers: z.array(z.enum(TRIGGER_KINDS)),
  flags: z.array(flagSchema),
  term: caseTermSchema,
  steps: z.array(caseStepSchema),
  contacts: z.array(caseContactSchema),
  /** Denmark, at 10 %: the warning letter drafted from the template with the flag's figures, until one is recorded as sent. */
  warningLetterDraft: z.string().nullable(),
  letters: z.array(caseLetterSchema),
  /** The concern report (in Denmark the underretning) started from the case, while its writer keeps the draft. */
  report: z.object({ id: z.uuid() }).nullable(),
  /** The consultation with the network contact recorded from the case (Norway's `consultation` stage). */
  consultation: z.object({ id: z.uuid() }).nullable(),
  /** Whether a guardian's consent covers a consultation about the pupil today: only then may one name the pupil. */
  pupilConsentsToConsultation: z.boolean(),
  /** The municipality's hearing of the parents and of the pupil, when 12 or older (register's birth date, the school's today). */
  hearing: z.object({
    parentsHeardOn: calendarDate().nullable(),
    pupilHeardOn: calendarDate().nullable(),
    pupilAge: z.number().int(),
    pupilToBeHeard: z.boolean(),
  }),
});
export type AttendanceCase = z.infer<typeof attendanceCaseSchema>;

/** Opening (or joining) from a flag: the coordinator, a leader of the school; the one opening when left out. */
export const openCaseSchema = z.object({ coordinatorId: id().optional() });
export type OpenCaseRequest = z.infer<typeof openCaseSchema>;

export const addStepSchema = z.object({
  version: version(1),
  kind: z.enum(STEP_KINDS),
  /** What is to be done, without names (checked by the anonymity guard). */
  what: cleanText(STEP_TEXT_MAX).min(1, { error: 'text_too_short' }),
  /** A member of the school; the one adding it when left out. */
  ownerId: id().optional(),
  dueOn: calendarDate(),
  reviewOn: calendarDate().nullable(),
  idempotencyKey: idempotencyKey(),
});
export type AddStepRequest = z.infer<typeof addStepSchema>;

export const versionOnlySchema = z.object({ version: version(1) });

/**
 * Who may be chosen on the case: a step's owner works at the case's school in any role (the
 * school nurse, a teacher); its coordinator leads the school. The same rules the writes check.
 */
export const casePeopleSchema = z.object({ owners: z.array(person), coordinators: z.array(person) });
export type CasePeople = z.infer<typeof casePeopleSchema>;

/** Handing the case to another coordinator, a leader of the school, from the version read. */
export const changeCoordinatorSchema = z.object({ version: version(1), coordinatorId: id() });
export type ChangeCoordinatorRequest = z.infer<typeof changeCoordinatorSchema>;

export const addContactSchema = z.object({
  version: version(1),
  contactedOn: calendarDate(),
  withWhom: z.enum(CONTACT_PARTIES),
  how: z.enum(CONTACT_WAYS),
  outcome: cleanText(CONTACT_TEXT_MAX, { multiline: true }).min(1, { error: 'text_too_short' }),
  agreed: cleanText(CONTACT_TEXT_MAX, { multiline: true }),
  idempotencyKey: idempotencyKey(),
});
export type AddContactRequest = z.infer<typeof addContactSchema>;

export const closeCaseSchema = z.object({
  version: version(1),
  reason: z.enum(CLOSE_REASONS),
  note: cleanText(CLOSE_NOTE_MAX, { multiline: true }),
});
export type CloseCaseRequest = z.infer<typeof closeCaseSchema>;

/** Starting a concern report from the case: each item is carried over only when ticked (true). */
export const startReportSchema = z.object({
  version: version(1),
  carry: z.object(Object.fromEntries(REPORT_CARRY_ITEMS.map((item) => [item, z.boolean()])) as Record<ReportCarryItem, z.ZodBoolean>),
  /** The writer's language, for the words the figures are put in. */
  locale: localeSchema,
  /** Chosen once per form; a double click or a retry starts one draft. */
  idempotencyKey: idempotencyKey(),
});
export type StartReportRequest = z.infer<typeof startReportSchema>;

export const startedReportSchema = z.object({ reportId: z.uuid(), case: attendanceCaseSchema });
export type StartedReport = z.infer<typeof startedReportSchema>;

/** The municipality's hearing as the coordinator learnt of it: the days the parents and the pupil were heard, or not yet (null). */
export const hearingSchema = z.object({
  version: version(1),
  parentsHeardOn: calendarDate().nullable(),
  pupilHeardOn: calendarDate().nullable(),
});
export type HearingRequest = z.infer<typeof hearingSchema>;

/** Recording a letter as sent: the text as sent (the draft, edited), the day and to whom. */
export const recordLetterSchema = z.object({
  version: version(1),
  kind: z.enum(['warning']),
  body: cleanText(LETTER_TEXT_MAX, { multiline: true }).min(1, { error: 'text_too_short' }),
  sentOn: calendarDate(),
  sentTo: cleanText(LETTER_TO_MAX).min(1, { error: 'text_too_short' }),
  idempotencyKey: idempotencyKey(),
});
export type RecordLetterRequest = z.infer<typeof recordLetterSchema>;

/**
 * Recording the consultation with the network contact from the case. Ticking the pupil makes it a
 * consultation with consent (a guardian's consent covering consultations must be registered);
 * unticked it is anonymous and its text is checked by the anonymity guard. The figures, ticked,
 * open the description. What came up, the advice and the outcome are the consultation's own.
 */
export const startConsultationSchema = z.object({
  version: version(1),
  carry: z.object({ pupil: z.boolean(), figures: z.boolean() }),
  /** The writer's language: the figures are written in it. */
  locale: localeSchema,
  heldOn: calendarDate(),
  /** What was brought up, besides the figures; checked by the anonymity guard when anonymous. */
  description: cleanText(CONSULTATION_TEXT_MAX, { multiline: true }),
  advice: cleanText(CONSULTATION_TEXT_MAX, { multiline: true }),
  outcome: z.enum(OUTCOMES),
  /** The anonymity guard's warnings (a trait, "the only … in 1A") checked by the writer. */
  anonymityConfirmed: z.boolean().optional(),
  idempotencyKey: idempotencyKey(),
});
export type StartConsultationRequest = z.infer<typeof startConsultationSchema>;

export const startedConsultationSchema = z.object({ consultationId: z.uuid(), case: attendanceCaseSchema });
export type StartedConsultation = z.infer<typeof startedConsultationSchema>;
