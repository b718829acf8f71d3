import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import type { UnitDetail } from '../../organisation/schema.ts';
import type { DateProblemCode } from '../domain/record-dates.ts';
import { OUTCOMES, type ConsultationMode } from '../domain/kinds.ts';
import { consultationSchema, identifyingTextErrorSchema, type Consultation, type EditConsultation, type NewConsultation } from '../schema.ts';
import { consultationFormSchema, initialValues, MISSING, NO_CONSENT, type ConsultationFormValues, type FieldText } from './consultation-form-schema.ts';
import { serverDateProblems } from './date-problems.ts';
import { FollowUpFields } from './FollowUpFields.tsx';
import { api } from './paths.ts';
import { RecordFields } from './RecordFields.tsx';
import { refusedTexts, type RefusedText, type TextFieldName } from './refused-texts.ts';
import { SubjectFields } from './SubjectFields.tsx';

/** The parts of a record that can be edited later, as sent. */
type ConsultationContent = Omit<EditConsultation, 'version' | 'anonymityConfirmed'>;

const DATE_CODES: readonly string[] = ['held_in_future', 'held_too_long_ago', 'due_in_past', 'due_before_held'] satisfies DateProblemCode[];
/** Each field's "left out" text; the follow-up's says to give all three parts or none. */
const MISSING_TEXT = { childId: 'child', groupLabel: 'groupLabel', heldOn: 'heldOn', description: 'description', followUpText: 'followUp' } as const;
/** The text fields the guard checks, by their names in the form. */
const GUARDED: Partial<Record<keyof ConsultationFormValues, TextFieldName>> = { groupLabel: 'groupLabel', description: 'description', advice: 'advice', followUpText: 'followUp' };

/**
 * The consultation form, for a new record (`existing` null: the mode first) or an edit of one
 * (mode, child and group fixed; the version read is sent back, and a record changed meanwhile
 * is refused as a conflict). Anonymous and group text that the guard refuses is shown marked.
 */
export function ConsultationForm({ detail, existing, onSaved }: { detail: UnitDetail; existing: Consultation | null; onSaved: (c: Consultation) => void }) {
  const { t } = useTranslation('consultations');
  const { unit, people } = detail;
  const [schema] = useState(() => consultationFormSchema(existing !== null));
  const form = useSchemaForm(schema, initialValues(existing));
  const [identifying, setIdentifying] = useState<RefusedText[] | null>(null);
  const confirmation = useWarningConfirmation();
  // What was last sent, so the guard's answer is read against the very texts it checked.
  const lastSent = useRef<Request | null>(null);
  const labelled = (texts: RefusedText[]) => texts.map((x) => ({ ...x, label: t(`form.fields.${x.field}`) }));

  const submit = useSubmit({
    send: async ({ content, mode, childId, groupLabel, anonymityConfirmed }: Request, idempotencyKey: string) => {
      if (existing) {
        const edit: EditConsultation = { ...content, version: existing.version, anonymityConfirmed };
        onSaved(await sendJson('PUT', api.consultation(existing.id), edit, consultationSchema));
      } else {
        const create: NewConsultation = { ...content, mode, childId, groupLabel, idempotencyKey, anonymityConfirmed };
        onSaved(await sendJson('POST', api.consultations(unit.id), create, consultationSchema));
      }
    },
    ns: 'consultations',
    failed: (reason) => t('form.failed', { reason }),
    refused: (error) => {
      const sent = lastSent.current;
      if ((error.code === 'identifying_text' || error.code === 'needs_confirmation') && sent) {
        const body = identifyingTextErrorSchema.safeParse(error.body).data;
        const texts = refusedTexts({ ...sent.content, groupLabel: sent.groupLabel }, body?.findings ?? []);
        const warned = refusedTexts({ ...sent.content, groupLabel: sent.groupLabel }, body?.warnings ?? []);
        setIdentifying(texts.length > 0 ? texts : null);
        if (warned.length > 0) confirmation.warn(sent.sentKey, labelled(warned));
        else confirmation.clear();
        return true;
      }
      // The server's own check of the dates (a clock or a day apart from the browser's).
      const dates = serverDateProblems(error.body);
      if (error.code === 'validation_failed' && (dates.heldOn || dates.due)) {
        if (dates.heldOn) form.setError('heldOn', { message: dates.heldOn });
        if (dates.due) form.setError('dueOn', { message: dates.due });
        return true;
      }
      if (error.code === 'consent_not_valid') {
        form.setError('childId', { message: NO_CONSENT });
        return true;
      }
      return undefined;
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submit.busy) return;
    submit.setFailure('');
    setIdentifying(null);
    void form.handleSubmit(
      async (values) => {
        const request = requestOf(values, existing);
        // A confirmation covers exactly the texts it was given for; the box asks again without a round trip.
        if (confirmation.blocks(request.sentKey)) return submit.showErrors();
        lastSent.current = request;
        await submit.submit({ ...request, anonymityConfirmed: confirmation.confirmedFor(request.sentKey) });
      },
      () => submit.showErrors(),
    )(event);
  }

  const { errors } = form.formState;
  const marked = (name: TextFieldName) =>
    identifying?.some((x) => x.field === name)
      ? submit.errorText('identifying_text')
      : confirmation.warned?.texts.some((x) => x.label === t(`form.fields.${name}`))
        ? submit.errorText('needs_confirmation')
        : undefined;
  const fieldText: FieldText = (name) => {
    const error = errors[name];
    const guarded = GUARDED[name];
    if (error?.message === undefined) return guarded ? marked(guarded) : undefined;
    if (error.message === NO_CONSENT) return t('form.consentMissing');
    if (DATE_CODES.includes(error.message)) return t(`form.dates.${error.message as DateProblemCode}`);
    const missing = MISSING_TEXT[name as keyof typeof MISSING_TEXT];
    if (missing && (error.message === MISSING || error.type === 'too_small')) return t(`form.missing.${missing}`);
    return submit.errorText(error.message);
  };

  return (
    <form ref={submit.formRef} className="consultation-form" onSubmit={onSubmit} noValidate>
      <SubjectFields unitId={unit.id} existing={existing} form={form} fieldText={fieldText} onModeChange={() => setIdentifying(null)} />
      <RecordFields form={form} fieldText={fieldText} anonymousText={form.watch('mode') !== 'consented'} />
      <FollowUpFields people={people} form={form} fieldText={fieldText} />
      <Field>
        <Label>{t('form.outcome')}</Label>
        <Select width="auto" {...form.register('outcome')}>
          {OUTCOMES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`outcome.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FormAlert submit={submit}>
        {identifying && <IdentifyingFindings texts={labelled(identifying)} />}
        <AnonymityWarnings confirmation={confirmation} />
      </FormAlert>
      <Button type="submit">{t('form.submit')}</Button>
    </form>
  );
}

/** What one press sends: the record's content, who it is about, and the key its confirmation covers. */
interface Request {
  content: ConsultationContent;
  mode: ConsultationMode;
  childId: string | null;
  groupLabel: string | null;
  sentKey: string;
  anonymityConfirmed?: true;
}

/** The request from the checked form; the first follow-up is the form's, any later ones (recorded through the API) are kept as they are. */
function requestOf(values: z.output<ReturnType<typeof consultationFormSchema>>, existing: Consultation | null): Request {
  const laterFollowUps = (existing?.details?.followUps.slice(1) ?? []).map((f) => ({ text: f.text, ownerStaffId: f.owner.id, dueOn: f.dueOn }));
  const followUpText = values.followUpText.trim();
  const content: ConsultationContent = {
    category: values.category,
    heldOn: values.heldOn,
    description: values.description,
    advice: values.advice,
    outcome: values.outcome,
    followUps: [...(followUpText === '' ? [] : [{ text: followUpText, ownerStaffId: values.ownerStaffId, dueOn: values.dueOn }]), ...laterFollowUps],
  };
  const groupLabel = values.mode === 'group' ? values.groupLabel.trim() : null;
  return {
    content,
    mode: values.mode,
    childId: values.mode === 'consented' ? values.childId : null,
    groupLabel,
    sentKey: JSON.stringify([values.mode, groupLabel, content.description, content.advice, content.followUps.map((f) => f.text)]),
  };
}
