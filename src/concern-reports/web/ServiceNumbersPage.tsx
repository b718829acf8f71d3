import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { serviceNumbersSchema, type ServiceNumbers } from '../schema.ts';
import { api } from './paths.ts';

/** The administrator's page for the municipality's child welfare and on-call numbers, which the acute advice gives. */
export function ServiceNumbersPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('serviceNumbers.title'));
  const state = useApi(api.serviceNumbers, serviceNumbersSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('serviceNumbers.title')}
      </Heading>
      <Paragraph>{t('serviceNumbers.intro')}</Paragraph>
      <Loaded state={state} loadingLabel={t('serviceNumbers.loading')}>
        {(data) => <NumbersForm initial={data} />}
      </Loaded>
    </>
  );
}

const PHONE = /^[+]?[0-9]+([ -][0-9]+)*$/;

function NumbersForm({ initial }: { initial: ServiceNumbers }) {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const [childWelfare, setChildWelfare] = useState(initial.childWelfarePhone ?? '');
  const [onCall, setOnCall] = useState(initial.onCallPhone ?? '');
  const [invalid, setInvalid] = useState<{ childWelfare: boolean; onCall: boolean }>({ childWelfare: false, onCall: false });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const busy = useRef(false);
  const first = useRef<HTMLInputElement>(null);
  const second = useRef<HTMLInputElement>(null);

  const valid = (value: string) => value.trim() === '' || (PHONE.test(value.trim()) && value.trim().length >= 3 && value.trim().length <= 30);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const wrong = { childWelfare: !valid(childWelfare), onCall: !valid(onCall) };
    setInvalid(wrong);
    setStatus('');
    if (wrong.childWelfare || wrong.onCall) {
      (wrong.childWelfare ? first : second).current?.focus();
      return;
    }
    busy.current = true;
    setFailure('');
    try {
      const body = { childWelfarePhone: childWelfare.trim() || null, onCallPhone: onCall.trim() || null };
      await sendJson('PUT', api.serviceNumbers, body, serviceNumbersSchema);
      setStatus(t('serviceNumbers.saved'));
    } catch (error) {
      setFailure(t('serviceNumbers.failed', { reason: tc(errorMessageKey(error instanceof ApiRequestError ? error.code : 'unknown')) }));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form noValidate onSubmit={(event) => void save(event)} className="concern-numbers">
      <Textfield
        ref={first}
        type="tel"
        label={t('serviceNumbers.childWelfare')}
        description={t('serviceNumbers.hint')}
        value={childWelfare}
        error={invalid.childWelfare ? t('serviceNumbers.invalid') : undefined}
        onChange={(event) => setChildWelfare(event.target.value)}
      />
      <Textfield
        ref={second}
        type="tel"
        label={t('serviceNumbers.onCall')}
        description={t('serviceNumbers.hint')}
        value={onCall}
        error={invalid.onCall ? t('serviceNumbers.invalid') : undefined}
        onChange={(event) => setOnCall(event.target.value)}
      />
      <p role="status">{status}</p>
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('serviceNumbers.save')}</Button>
    </form>
  );
}
