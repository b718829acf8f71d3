import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { conclusionKinds } from '../domain/feedback.ts';
import { concludeRequestSchema, intakeReportSchema, type ConcludeRequest, type IntakeReport } from '../schema.ts';
import { api } from './paths.ts';

/** What the form holds: the request without the version, which comes from the report read. */
const conclusionSchema = concludeRequestSchema.omit({ version: true });

/**
 * Recording how the investigation ended and when. In Norway this starts the three weeks for
 * the second feedback to the public reporter, who is told the outcome from then on.
 */
export function ConcludeForm({ report, onDone }: { report: IntakeReport; onDone: (report: IntakeReport) => void }) {
  const { t } = useTranslation('concerns');
  const form = useSchemaForm(conclusionSchema, { concludedOn: '' });
  const submit = useSubmit({
    send: async (conclusion: Omit<ConcludeRequest, 'version'>) =>
      onDone(await sendJson('POST', api.conclusion(report.id), { version: report.version, ...conclusion }, intakeReportSchema)),
    failed: (reason) => t('detail.failed', { reason }),
  });
  const kind = form.watch('kind');
  const { errors } = form.formState;

  return (
    <section aria-labelledby="concern-conclude">
      <Heading level={3} data-size="xs" id="concern-conclude">
        {t('detail.conclude')}
      </Heading>
      {report.country === 'NO' && <Paragraph data-size="sm">{t('detail.secondFeedbackHint')}</Paragraph>}
      <form ref={submit.formRef} noValidate onSubmit={submit.handle(form)} className="concern-decision">
        <Fieldset>
          <Fieldset.Legend>{t('detail.concludeLegend')}</Fieldset.Legend>
          {conclusionKinds.map((k) => (
            <Radio key={k} name="conclusion-kind" value={k} label={t(`conclusion.kind.${k}`)} checked={kind === k} onChange={() => form.setValue('kind', k)} />
          ))}
        </Fieldset>
        {/* Either part missing is said at the date, as one sentence asks for both. */}
        <Textfield
          {...form.register('concludedOn')}
          type="date"
          label={t('detail.concludedOn')}
          error={errors.kind || errors.concludedOn ? t('detail.concludeMissing') : undefined}
        />
        <FormAlert submit={submit} />
        <Button type="submit">{t('detail.concludeRecord')}</Button>
      </form>
    </section>
  );
}
