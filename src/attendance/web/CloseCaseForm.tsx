import { Button, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { attendanceCaseSchema, type AttendanceCase } from '../case-schema.ts';
import { CLOSE_REASONS } from '../domain/case-rules.ts';
import { closeFormSchema, type CloseForm } from './case-forms.ts';
import { api } from './paths.ts';

/** Closing the case with a reason from the fixed list and an optional note; its open flags are handled with it. */
export function CloseCaseForm({ current, onClosed }: { current: AttendanceCase; onClosed: (next: AttendanceCase) => void }) {
  const { t } = useTranslation('attendanceCase');
  const form = useSchemaForm(closeFormSchema, { reason: 'back_at_school', note: '' });
  const submit = useSubmit({
    send: async (values: CloseForm) => onClosed(await sendJson('POST', api.close(current.id), { ...values, version: current.version }, attendanceCaseSchema)),
    ns: 'attendanceCase',
    failed: (reason) => t('failed', { reason }),
  });
  const error = form.formState.errors.note;
  return (
    <section aria-labelledby="case-close">
      <Heading level={2} data-size="sm" id="case-close">
        {t('close.heading')}
      </Heading>
      <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="attendance-case-form">
        <Field>
          <Label>{t('close.reason')}</Label>
          <Select width="auto" {...form.register('reason')}>
            {CLOSE_REASONS.map((reason) => (
              <Select.Option key={reason} value={reason}>
                {t(`closeReason.${reason}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield {...form.register('note')} multiline rows={2} label={t('close.note')} autoComplete="off" error={error && submit.errorText(error.message ?? 'unknown')} />
        <FormAlert submit={submit} />
        <Button type="submit" variant="secondary" aria-disabled={submit.busy || undefined}>
          {t('close.send')}
        </Button>
      </form>
    </section>
  );
}
