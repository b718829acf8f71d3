import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
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
  const { t: tc } = useTranslation();
  const formatNumber = useNumberFormat();
  usePageTitle(t('emergency.title'));
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  /** The translated complaint about the reason, or null when the server would accept it. */
  function check(value: string): string | null {
    const parsed = emergencyRequestSchema.safeParse({ reason: value });
    if (parsed.success) return null;
    return parsed.error.issues.some((issue) => issue.code === 'too_big')
      ? t('emergency.tooLong', { max: formatNumber(MAX) })
      : t('emergency.tooShort', { min: formatNumber(MIN) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure('');
    const problem = check(reason);
    setInvalid(problem);
    if (problem) {
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const grant = await sendJson('POST', api.emergencyAccess(childId), { reason: reason.trim() }, emergencyGrantSchema);
      onGranted(grant);
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      if (code === 'validation_failed') {
        setInvalid(check(reason) ?? t('emergency.tooShort', { min: formatNumber(MIN) }));
        field.current?.focus();
      } else {
        setFailure(code === 'not_found' ? t('emergency.notFound') : t('emergency.failed', { reason: tc(errorMessageKey(code)) }));
      }
      setBusy(false);
    }
  }

  const length = reason.trim().length;
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
      <form className="emergency-form" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={field}
          multiline
          rows={4}
          label={t('emergency.reason')}
          description={t('emergency.reasonDescription', { min: formatNumber(MIN), max: formatNumber(MAX) })}
          value={reason}
          error={invalid ?? undefined}
          onChange={(event) => {
            setReason(event.target.value);
            // Once complained about, the complaint follows the text, so it goes away when fixed.
            if (invalid !== null) setInvalid(check(event.target.value));
          }}
        />
        <p className={length > MAX ? 'char-count char-count--over' : 'char-count'}>
          {t('emergency.counter', { count: length, max: MAX })}
        </p>
        <div role="alert" className="form-failure">
          {failure && (
            <Alert data-color="danger">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit" data-color="danger" aria-disabled={busy || undefined}>
          {t('emergency.submit')}
        </Button>
      </form>
    </>
  );
}
