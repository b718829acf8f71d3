import { z } from 'zod';
import { CONCERN_CATEGORIES } from '../../kernel/concern-categories/categories.ts';
import { calendarDate, id } from '../../kernel/validation/primitives.ts';
import { localDate, type IsoDate } from '../../time/dates.ts';
import { OUTCOMES } from '../domain/kinds.ts';
import { consultationContentSchema, followUpInputSchema, modeSchema, newConsultationSchema, type Consultation } from '../schema.ts';
import { formDateProblems } from './date-problems.ts';

/** The message of a field left out (or, for the follow-up, given only in part), as against a code of the schema's. */
export const MISSING = 'missing';
/** The message of a consented record's child whose consent the server found not to run. */
export const NO_CONSENT = 'no_consent';

const groupLabelSchema = newConsultationSchema.shape.groupLabel.unwrap();

/**
 * The consultation form as it holds it: the shared content schema for the texts, and what
 * depends on the mode or on another field (the child, the group, a follow-up given whole or
 * not at all, the dates against today) checked by the same shared parts in one refinement,
 * so every field's problem is said at once. `editing`: the child and the group are fixed (and
 * not sent), and an edited record's follow-up may be due before today. `today` is asked at
 * each check, so a form left open past midnight checks against the new day.
 */
export function consultationFormSchema(editing: boolean, today: () => IsoDate = () => localDate(new Date())) {
  return z
    .object({
      mode: modeSchema,
      childId: z.string(),
      groupLabel: z.string(),
      category: consultationContentSchema.shape.category,
      heldOn: z.string(),
      description: consultationContentSchema.shape.description,
      advice: consultationContentSchema.shape.advice,
      followUpText: z.string(),
      ownerStaffId: z.string(),
      dueOn: z.string(),
      outcome: consultationContentSchema.shape.outcome,
    })
    .superRefine((v, ctx) => {
      const issue = (path: keyof typeof v, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (!editing && v.mode === 'consented' && !id().safeParse(v.childId).success) issue('childId', MISSING);
      if (!editing && v.mode === 'group') {
        const label = groupLabelSchema.safeParse(v.groupLabel);
        if (!label.success) issue('groupLabel', v.groupLabel.trim() === '' ? MISSING : (label.error.issues[0]?.message ?? MISSING));
      }
      const heldOnValid = calendarDate().safeParse(v.heldOn).success;
      if (!heldOnValid) issue('heldOn', MISSING);
      const parts = [v.followUpText.trim(), v.ownerStaffId, v.dueOn].filter((part) => part !== '').length;
      if (parts !== 0 && parts !== 3) return issue('followUpText', MISSING);
      if (parts === 3) {
        const followUp = followUpInputSchema.safeParse({ text: v.followUpText, ownerStaffId: v.ownerStaffId, dueOn: v.dueOn });
        for (const found of followUp.error?.issues ?? []) issue(found.path[0] === 'dueOn' ? 'dueOn' : 'followUpText', found.message);
        if (!followUp.success) return;
      }
      if (!heldOnValid) return;
      const dates = formDateProblems(v.heldOn, parts === 3 ? v.dueOn : null, editing, today());
      if (dates.heldOn) issue('heldOn', dates.heldOn);
      if (dates.due) issue('dueOn', dates.due);
    });
}

export type ConsultationFormValues = z.input<ReturnType<typeof consultationFormSchema>>;

/** A field's error in the reader's words, or the guard's mark on it; undefined when it has none. */
export type FieldText = (name: keyof ConsultationFormValues) => string | undefined;

/** What the form starts with: a new record's defaults, or the record read and its first follow-up. */
export function initialValues(existing: Consultation | null, today: IsoDate = localDate(new Date())): ConsultationFormValues {
  const firstFollowUp = existing?.details?.followUps[0];
  return {
    mode: existing?.mode ?? 'anonymous',
    childId: existing?.child?.id ?? '',
    groupLabel: existing?.groupLabel ?? '',
    category: existing?.category ?? CONCERN_CATEGORIES[0],
    heldOn: existing?.heldOn ?? today,
    description: existing?.details?.description ?? '',
    advice: existing?.details?.advice ?? '',
    followUpText: firstFollowUp?.text ?? '',
    ownerStaffId: firstFollowUp?.owner.id ?? '',
    dueOn: firstFollowUp?.dueOn ?? '',
    outcome: existing?.outcome ?? OUTCOMES[0],
  };
}
