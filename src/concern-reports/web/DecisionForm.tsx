import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { decisionKinds } from '../domain/feedback.ts';
import { decideRequestSchema, intakeReportSchema, type DecideRequest, type IntakeReport } from '../schema.ts';
import { api } from './paths.ts';

/** What the form holds: the request without the version, which comes from the report read. */
const decisionFormSchema = decideRequestSchema.omit({ version: true });

/** Child welfare's decision on a received report: its kind and the reason, sent once; the page shows the answer. */
export function DecisionForm({ report, onDone }: { report: IntakeReport; onDone: (report: IntakeReport) => void }) {
  const { t } = useTranslation('concerns');
  const path = api.decision(report.id);
  const form = useSchemaForm(decisionFormSchema, { reason: '' });
  const submit = useSubmit({
    send: async (decision: Omit<DecideRequest, 'version'>) =>
      onDone(await sendJson('POST', path, { version: report.version, ...decision }, intakeReportSchema)),
    failed: (reason) => t('detail.failed', { reason }),
  });
  const kind = form.watch('kind');
  const { errors } = form.formState;

  return (
    <form ref={submit.formRef} noValidate onSubmit={submit.handle(form)} className="concern-decision">
      <Fieldset>
        <Fieldset.Legend>{t('detail.kindLegend')}</Fieldset.Legend>
        {decisionKinds.map((k) => (
          <Radio key={k} name={`${path}-kind`} value={k} label={t(`decision.kind.${k}`)} checked={kind === k} onChange={() => form.setValue('kind', k)} />
        ))}
      </Fieldset>
      {/* Either part missing is said at the reason, as one sentence asks for both. */}
      <Textfield
        {...form.register('reason')}
        multiline
        rows={3}
        label={t('detail.reason')}
        error={errors.kind || errors.reason ? t('detail.reasonMissing') : undefined}
      />
      <FormAlert submit={submit} />
      <Button type="submit">{t('detail.record')}</Button>
    </form>
  );
}
