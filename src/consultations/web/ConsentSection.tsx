import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildRecord } from '../../children/schema.ts';
import { localDate } from '../../time/dates.ts';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { CONSENT_SCOPES, type ConsentScope } from '../domain/kinds.ts';
import { consentListSchema, consentSchema, type Consent, type NewConsent } from '../schema.ts';
import { api } from './paths.ts';
import { useErrorText } from './use-error-text.ts';

/**
 * A child's consents on the child page: which guardian agreed to what and for how long, a
 * Withdraw button that asks first, and a form to register a new one. A change goes to
 * `onChange`, which bumps `revision` so this list and the chronology load again.
 */
export function ConsentSection({ record, revision, onChange }: { record: ChildRecord; revision: number; onChange: (message: string) => void }) {
  const { t } = useTranslation('consultations');
  return (
    <section className="page-section" aria-labelledby="consents-heading">
      <Heading level={2} data-size="md" id="consents-heading">
        {t('consents.heading')}
      </Heading>
      <ConsentList key={`list-${revision}`} childId={record.id} onWithdrawn={() => onChange(t('consents.withdrawn'))} />
      {record.guardians.length === 0 ? (
        <Paragraph>{t('consents.noGuardians')}</Paragraph>
      ) : (
        <RegisterConsent key={`form-${revision}`} record={record} onRegistered={() => onChange(t('consents.registered'))} />
      )}
    </section>
  );
}

function ConsentList({ childId, onWithdrawn }: { childId: string; onWithdrawn: () => void }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const state = useApi(api.consents(childId), consentListSchema);
  if (state.status === 'loading') return <Paragraph role="status">{t('consents.loading')}</Paragraph>;
  if (state.status === 'failed') return <Paragraph>{t('consents.failed', { reason: errorText(state.code) })}</Paragraph>;
  return <ConsentTable consents={state.data.consents} onWithdrawn={onWithdrawn} />;
}

function ConsentTable({ consents, onWithdrawn }: { consents: Consent[]; onWithdrawn: () => void }) {
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const busy = useRef(false);

  async function withdraw(consent: Consent) {
    if (busy.current) return;
    busy.current = true;
    setFailure('');
    try {
      await sendJson('POST', api.withdraw(consent.id), undefined, consentSchema);
      setConfirming(null);
      onWithdrawn();
    } catch (error) {
      setFailure(t('consents.failed', { reason: errorText(error instanceof ApiRequestError ? error.code : 'unknown') }));
    } finally {
      busy.current = false;
    }
  }

  if (consents.length === 0) return <Paragraph>{t('consents.empty')}</Paragraph>;
  return (
    <>
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Table data-size="sm" zebra aria-label={t('consents.heading')}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('consents.guardian')}</Table.HeaderCell>
            <Table.HeaderCell>{t('consents.scopes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('consents.period')}</Table.HeaderCell>
            <Table.HeaderCell>{t('consents.status')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="consent-table__hidden">{t('consents.withdraw')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {consents.map((consent) => {
            const guardian = `${consent.guardian.givenName} ${consent.guardian.familyName}`;
            const open = consent.status === 'valid' || consent.status === 'not_yet_given';
            return (
              <Table.Row key={consent.id}>
                <Table.Cell>{guardian}</Table.Cell>
                <Table.Cell>{consent.scopes.map((s) => t(`scope.${s}`)).join(', ')}</Table.Cell>
                <Table.Cell className="nowrap">{t('consents.periodValue', { from: format.date(consent.givenOn), to: format.date(consent.expiresOn) })}</Table.Cell>
                <Table.Cell>{t(`consents.state.${consent.status}`, { date: consent.withdrawnOn ? format.date(consent.withdrawnOn) : '' })}</Table.Cell>
                <Table.Cell>
                  {open &&
                    (confirming === consent.id ? (
                      <div className="consent-confirm">
                        <Paragraph data-size="sm">{t('consents.confirm')}</Paragraph>
                        <Button data-size="sm" data-color="danger" onClick={() => void withdraw(consent)}>
                          {t('consents.confirmYes')}
                        </Button>
                        <Button data-size="sm" variant="tertiary" onClick={() => setConfirming(null)}>
                          {t('consents.confirmNo')}
                        </Button>
                      </div>
                    ) : (
                      <Button data-size="sm" variant="secondary" aria-label={t('consents.withdrawLabel', { guardian })} onClick={() => setConfirming(consent.id)}>
                        {t('consents.withdraw')}
                      </Button>
                    ))}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </>
  );
}

/**
 * Registers a consent. Nothing is chosen for the user: the guardian, what it covers, the day it
 * was given and its expiry are what the guardian said, so each must be entered, and a missing
 * one is named. The server refuses a consent identical to one that still runs.
 */
function RegisterConsent({ record, onRegistered }: { record: ChildRecord; onRegistered: () => void }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const [guardianId, setGuardianId] = useState('');
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [givenOn, setGivenOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [invalid, setInvalid] = useState<Partial<Record<'guardian' | 'scopes' | 'givenOn' | 'expiresOn', string>>>({});
  const [failure, setFailure] = useState('');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const busy = useRef(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    setFailure('');
    const today = localDate(new Date());
    const found = {
      ...(guardianId === '' ? { guardian: t('consents.invalid.guardian') } : {}),
      ...(scopes.length === 0 ? { scopes: t('consents.invalid.scopes') } : {}),
      ...(givenOn === '' ? { givenOn: t('consents.invalid.givenOn') } : givenOn > today ? { givenOn: t('consents.invalid.dates') } : {}),
      ...(expiresOn === '' ? { expiresOn: t('consents.invalid.expiresOn') } : givenOn !== '' && expiresOn <= givenOn ? { expiresOn: t('consents.invalid.dates') } : {}),
    };
    setInvalid(found);
    if (Object.keys(found).length > 0) return;
    busy.current = true;
    try {
      const request: NewConsent = { guardianId, scopes, givenOn, expiresOn, idempotencyKey };
      await sendJson('POST', api.consents(record.id), request, consentSchema);
      onRegistered();
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      if (code === 'validation_failed') setInvalid({ expiresOn: t('consents.invalid.dates') });
      else setFailure(t('consents.failed', { reason: errorText(code) }));
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="consent-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={3} data-size="sm">
        {t('consents.register')}
      </Heading>
      <Field>
        <Label>{t('consents.registerGuardian')}</Label>
        <Select width="auto" value={guardianId} aria-invalid={invalid.guardian ? true : undefined} onChange={(e) => setGuardianId(e.target.value)}>
          <Select.Option value="">{t('consents.chooseGuardian')}</Select.Option>
          {record.guardians.map((g) => (
            <Select.Option key={g.id} value={g.id}>{`${g.givenName} ${g.familyName}`}</Select.Option>
          ))}
        </Select>
        {invalid.guardian && <ValidationMessage>{invalid.guardian}</ValidationMessage>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('consents.registerScopes')}</Fieldset.Legend>
        {CONSENT_SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            label={t(`scope.${scope}`)}
            value={scope}
            checked={scopes.includes(scope)}
            error={scope === CONSENT_SCOPES[CONSENT_SCOPES.length - 1] ? invalid.scopes : undefined}
            onChange={(e) => setScopes((list) => (e.target.checked ? [...list, scope] : list.filter((s) => s !== scope)))}
          />
        ))}
      </Fieldset>
      <Textfield type="date" label={t('consents.givenOn')} value={givenOn} error={invalid.givenOn} onChange={(e) => setGivenOn(e.target.value)} />
      <Textfield type="date" label={t('consents.expiresOn')} description={t('consents.expiresHint')} value={expiresOn} error={invalid.expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('consents.submit')}</Button>
    </form>
  );
}
