/** What the case page's forms hold: the requests' own fields, without the version and key the page adds. */
import { z } from 'zod';
import { calendarDate } from '../../kernel/validation/primitives.ts';
import { addContactSchema, addStepSchema, changeCoordinatorSchema, closeCaseSchema, recordLetterSchema, startConsultationSchema } from '../case-schema.ts';

/** A review date is optional: an empty date field is none. The owner is the one adding it until the school's staff are in. */
export const stepFormSchema = addStepSchema.pick({ kind: true, what: true, ownerId: true, dueOn: true }).extend({ reviewOn: z.union([z.literal(''), calendarDate()]) });
export const contactFormSchema = addContactSchema.omit({ version: true, idempotencyKey: true });
export const closeFormSchema = closeCaseSchema.omit({ version: true });
/** The hearing's days: an empty date field is not heard yet. */
const maybeDate = z.union([z.literal(''), calendarDate()]);
export const hearingFormSchema = z.object({ parentsHeardOn: maybeDate, pupilHeardOn: maybeDate });

export type StepForm = z.output<typeof stepFormSchema>;
export const coordinatorFormSchema = changeCoordinatorSchema.pick({ coordinatorId: true });
export type CoordinatorForm = z.output<typeof coordinatorFormSchema>;
export type ContactForm = z.output<typeof contactFormSchema>;
export type CloseForm = z.output<typeof closeFormSchema>;
export type HearingForm = z.output<typeof hearingFormSchema>;
export const letterFormSchema = recordLetterSchema.pick({ body: true, sentOn: true, sentTo: true });
export type LetterForm = z.output<typeof letterFormSchema>;
export const consultationFormSchema = startConsultationSchema.pick({ heldOn: true, description: true, advice: true, outcome: true });
export type ConsultationForm = z.output<typeof consultationFormSchema>;

/** The field a 400's issue names (`body/<field>`), and its code, for the forms to mark. */
export function fieldIssues(body: unknown): { field: string; code: string }[] {
  const issues = (body as { issues?: { path?: unknown; code?: unknown }[] } | null)?.issues ?? [];
  return issues.flatMap((issue) =>
    typeof issue.path === 'string' && typeof issue.code === 'string' && issue.path.startsWith('body/') ? [{ field: issue.path.slice(5), code: issue.code }] : [],
  );
}
