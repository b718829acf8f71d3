import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { extendRequestSchema, intakeReportSchema, type ExtendRequest, type IntakeReport } from '../schema.ts';
import { api } from './paths.ts';

/** What the form holds: the request without the version, which comes from the report read. */
const extensionFormSchema = extendRequestSchema.omit({ version: true });

/** Extending the investigation (Norway): the reason, sent once; the page shows the answer. */
export function ExtensionForm({ report, onDone }: { report: IntakeReport; onDone: (report: IntakeReport) => void }) {
  const { t } = useTranslation('concerns');
  const form = useSchemaForm(extensionFormSchema, { reason: '' });
  const submit = useSubmit({
    send: async (extension: Omit<ExtendRequest, 'version'>) =>
      onDone(await sendJson('POST', api.extension(report.id), { version: report.version, ...extension }, intakeReportSchema)),
    failed: (reason) => t('detail.failed', { reason }),
  });
  const { errors } = form.formState;

  return (
    <section aria-labelledby="concern-extend">
      <Heading level={3} data-size="xs" id="concern-extend">
        {t('detail.extend')}
      </Heading>
      <form ref={submit.formRef} noValidate onSubmit={submit.handle(form)} className="concern-decision">
        <Textfield {...form.register('reason')} multiline rows={3} label={t('detail.extendReason')} error={errors.reason ? t('detail.reasonMissing') : undefined} />
        <FormAlert submit={submit} />
        <Button type="submit">{t('detail.extendRecord')}</Button>
      </form>
    </section>
  );
}
