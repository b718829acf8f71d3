import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { emergencyGrantSchema, emergencyRequestSchema, type EmergencyGrant } from '../schema.ts';
import { api } from './paths.ts';

// The limits come from the schema the server checks the request against.
const reasonSchema = emergencyRequestSchema.shape.reason;
const MIN = reasonSchema.minLength ?? 0;
const MAX = reasonSchema.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * Break the glass: for someone who may open records in an emergency but whose roles do not
 * reach this child. They must give a reason; the warning says plainly what follows (logged,
 * time-limited, reviewed by a leader). On success the page loads the record.
 */
export function EmergencyAccess({ childId, onGranted }: { childId: string; onGranted: (grant: EmergencyGrant) => void }) {
  const { t } = useTranslation('children');
  const formatNumber = useNumberFormat();
  usePageTitle(t('emergency.title'));
  // Once complained about, the complaint follows the text, so it goes away when fixed.
  const form = useSchemaForm(emergencyRequestSchema, { reason: '' }, { reValidateMode: 'onChange' });
  const submit = useSubmit({
    send: async (request: { reason: string }) => onGranted(await sendJson('POST', api.emergencyAccess(childId), request, emergencyGrantSchema)),
    failed: (reason) => t('emergency.failed', { reason }),
    refused: (error) => {
      if (error.code === 'not_found') return t('emergency.notFound');
      if (error.code !== 'validation_failed') return undefined;
      // The server counts differently from the browser only in odd cases; the field says what it wants.
      if (!form.formState.errors.reason) form.setError('reason', { type: 'too_small' });
      return true;
    },
  });
  const problem = form.formState.errors.reason;
  const length = form.watch('reason').trim().length;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('emergency.title')}
      </Heading>
      <Paragraph className="lead">{t('emergency.intro')}</Paragraph>
      <Alert data-color="warning" className="emergency-warning">
        <Heading level={2} data-size="xs">
          {t('emergency.warningTitle')}
        </Heading>
        <Paragraph>{t('emergency.warning')}</Paragraph>
      </Alert>
      <form ref={submit.formRef} className="emergency-form" onSubmit={submit.handle(form)} noValidate>
        <Textfield
          {...form.register('reason')}
          multiline
          rows={4}
          label={t('emergency.reason')}
          description={t('emergency.reasonDescription', { min: formatNumber(MIN), max: formatNumber(MAX) })}
          error={problem && (problem.type === 'too_big' ? t('emergency.tooLong', { max: formatNumber(MAX) }) : t('emergency.tooShort', { min: formatNumber(MIN) }))}
        />
        <p className={length > MAX ? 'char-count char-count--over' : 'char-count'}>{t('emergency.counter', { count: length, max: MAX })}</p>
        <FormAlert submit={submit} />
        <Button type="submit" data-color="danger" aria-disabled={submit.busy || undefined}>
          {t('emergency.submit')}
        </Button>
      </form>
    </>
  );
}
