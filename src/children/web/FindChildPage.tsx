import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { useCan } from '../../kernel/ui/session.tsx';
import { INVALID_NATIONAL_ID, lookupRequestSchema, lookupResultSchema } from '../schema.ts';
import { api, childPath } from './paths.ts';

const numberSchema = lookupRequestSchema.shape.nationalId;
const MIN = numberSchema.minLength ?? 0;
const MAX = numberSchema.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * Finding a child by identity number, e.g. for an on-call worker with a number from a phone
 * call. The number is sent in a POST body and kept only in this form's state: never in the
 * address, the history state or the browser's form memory. The child's page has an id only.
 */
export function FindChildPage() {
  const { t } = useTranslation('children');
  const { t: tc } = useTranslation();
  const formatNumber = useNumberFormat();
  const navigate = useNavigate();
  // Only those who may break the glass are told that emergency access is a way in.
  const mayOpenInEmergency = useCan('emergency.open');
  usePageTitle(t('find.title'));
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [nationalId, setNationalId] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setFailure('');
    const parsed = lookupRequestSchema.safeParse({ nationalId });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setInvalid(
        issue?.code === 'too_big'
          ? t('find.tooLong', { max: formatNumber(MAX) })
          : issue?.message === INVALID_NATIONAL_ID
            ? t('find.invalidNumber')
            : t('find.tooShort', { min: formatNumber(MIN) }),
      );
      field.current?.focus();
      return;
    }
    setInvalid(null);
    setBusy(true);
    try {
      const found = await sendJson('POST', api.lookup, parsed.data, lookupResultSchema);
      void navigate(childPath(found.id));
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      if (code === 'not_found') {
        setInvalid(t(mayOpenInEmergency ? 'find.notFoundOrEmergency' : 'find.notFound'));
        field.current?.focus();
      } else {
        setFailure(t('find.failed', { reason: tc(errorMessageKey(code)) }));
      }
      setBusy(false);
    }
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('find.title')}
      </Heading>
      <Paragraph className="lead">{t('find.intro')}</Paragraph>
      {/* POST and no field name: even without script the number could never end up in an address. */}
      <form className="find-child" method="post" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          ref={field}
          label={t('find.label')}
          description={t('find.description')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={20}
          value={nationalId}
          error={invalid ?? undefined}
          onChange={(event) => setNationalId(event.target.value)}
        />
        <div role="alert" className="form-failure">
          {failure && (
            <Alert data-color="danger">
              <Paragraph>{failure}</Paragraph>
            </Alert>
          )}
        </div>
        <Button type="submit" aria-disabled={busy || undefined}>
          {t('find.submit')}
        </Button>
      </form>
    </>
  );
}
