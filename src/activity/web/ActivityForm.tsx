import { Button, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { localDate } from '../../time/dates.ts';
import { ACTIVITY_KINDS } from '../domain/activity-rules.ts';
import { activityErrorSchema, activityFieldsSchema, activitySchema, type Activity } from '../schema.ts';
import { api } from './paths.ts';

/** What the form holds: the request's fields, checked by the server's own rules; the confirmation is the guard's. */
const formSchema = activityFieldsSchema.omit({ anonymityConfirmed: true });
type FormValues = z.output<typeof formSchema>;

/** Fields the server may refuse one by one, marked where they are. */
const SERVER_FIELDS = ['unitId', 'heldOn'] as const;

/**
 * Logging an activity, or editing one of the contact's own (then `editing` is it). A retry of a
 * new entry carries the same idempotency key; an edit carries the version read.
 */
export function ActivityForm({
  units,
  editing,
  onSaved,
  onCancel,
}: {
  units: { id: string; name: string }[];
  editing: Activity | null;
  onSaved: (activity: Activity, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('activity');
  const { t: tc } = useTranslation();
  const counter = useCounter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const fresh = (keep?: Partial<FormValues>): FormValues => ({
    unitId: units[0]?.id ?? '',
    kind: 'staff_guidance',
    heldOn: localDate(new Date()),
    minutes: 45,
    people: 1,
    note: '',
    ...keep,
  });
  const valuesOf = (a: Activity): FormValues => ({ unitId: a.unit.id, kind: a.kind, heldOn: a.heldOn, minutes: a.minutes, people: a.people, note: a.note });
  const form = useSchemaForm(formSchema, editing ? valuesOf(editing) : fresh());

  // Choosing an entry to edit fills the form and takes the reader there.
  useEffect(() => {
    if (!editing) return;
    form.reset(valuesOf(editing));
    setStatus('');
    headingRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  const submit = useSubmit({
    send: async (values: FormValues, idempotencyKey: string) => {
      setIdentifying(null);
      const anonymityConfirmed = confirmation.confirmedFor(values.note);
      const saved = editing
        ? await sendJson('PUT', api.activity(editing.id), { ...values, anonymityConfirmed, version: editing.version }, activitySchema)
        : await sendJson('POST', api.activities, { ...values, anonymityConfirmed, idempotencyKey }, activitySchema);
      confirmation.clear();
      form.reset(fresh({ unitId: values.unitId, kind: values.kind, heldOn: values.heldOn }));
      setStatus(editing ? t('form.saved') : t('form.logged'));
      onSaved(saved, !editing);
    },
    ns: 'activity',
    failed: (reason) => t('failed', { reason }),
    refused: (error) => {
      const body = activityErrorSchema.safeParse(error.body).data;
      const note = form.getValues('note');
      if (error.code === 'identifying_note') {
        setIdentifying({ text: note, findings: body?.findings ?? [] });
        return true;
      }
      if (error.code === 'needs_confirmation') {
        confirmation.warn(note, [{ text: note, findings: body?.warnings ?? [] }]);
        return true;
      }
      let marked = false;
      for (const issue of body?.issues ?? []) {
        const field = SERVER_FIELDS.find((f) => issue.path === `body/${f}`);
        if (!field) continue;
        form.setError(field, { type: 'server', message: t(`issue.${issue.code}` as 'issue.in_future') });
        marked = true;
      }
      return marked || undefined;
    },
  });

  const { errors } = form.formState;
  const fieldError = (name: keyof FormValues) => {
    const error = errors[name];
    if (!error) return undefined;
    return error.type === 'server' ? error.message : submit.errorText(error.message ?? 'unknown');
  };
  const noteError = identifying ? t('errors.identifying_note') : confirmation.warned ? tc('errors.needs_confirmation') : fieldError('note');

  return (
    <form
      ref={submit.formRef}
      className="activity-form"
      aria-labelledby="activity-form-heading"
      onSubmit={(event) => {
        setStatus('');
        // The warning's box is ticked for the very note warned about; asked again without a round trip.
        if (confirmation.blocks(form.getValues('note'))) {
          event.preventDefault();
          return submit.showErrors();
        }
        submit.handle(form)(event);
      }}
      noValidate
    >
      <Heading level={2} data-size="sm" id="activity-form-heading" ref={headingRef} tabIndex={-1}>
        {editing ? t('form.editHeading') : t('form.newHeading')}
      </Heading>
      <div className="activity-fields">
        <Field>
          <Label>{t('form.unit')}</Label>
          <Select width="auto" {...form.register('unitId')} aria-invalid={errors.unitId ? true : undefined}>
            {units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
          </Select>
          {errors.unitId && <ValidationMessage>{fieldError('unitId')}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('form.kind')}</Label>
          <Select width="auto" {...form.register('kind')}>
            {ACTIVITY_KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="activity-fields">
        <Textfield {...form.register('heldOn')} type="date" label={t('form.heldOn')} error={fieldError('heldOn')} />
        <Textfield
          {...form.register('minutes', { valueAsNumber: true })}
          inputMode="numeric"
          label={t('form.minutes')}
          description={t('form.minutesHint')}
          error={fieldError('minutes')}
        />
        <Textfield
          {...form.register('people', { valueAsNumber: true })}
          inputMode="numeric"
          label={t('form.people')}
          description={t('form.peopleHint')}
          error={fieldError('people')}
        />
      </div>
      <Textfield
        {...form.register('note')}
        multiline
        rows={3}
        label={t('form.note')}
        description={t('form.noteHint')}
        autoComplete="off"
        counter={counter(activityFieldsSchema.shape.note)}
        error={noteError}
      />
      <FormAlert submit={submit}>
        {identifying && <IdentifyingFindings texts={[identifying]} />}
        <AnonymityWarnings confirmation={confirmation} />
      </FormAlert>
      <p role="status">{status}</p>
      <div className="activity-actions">
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {editing ? t('form.save') : t('form.submit')}
        </Button>
        {editing && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              form.reset(fresh());
              onCancel();
            }}
          >
            {t('form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
