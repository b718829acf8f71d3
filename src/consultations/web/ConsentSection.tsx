import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildRecord } from '../../children/schema.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { useErrorText } from '../../kernel/ui/form/error-text.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { consentListSchema, consentSchema, type Consent } from '../schema.ts';
import { api } from './paths.ts';
import { RegisterConsent } from './RegisterConsent.tsx';

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
  const errorText = useErrorText('consultations');
  const state = useApi(api.consents(childId), consentListSchema);
  if (state.status === 'loading') return <Paragraph role="status">{t('consents.loading')}</Paragraph>;
  if (state.status === 'failed') return <Paragraph>{t('consents.failed', { reason: errorText(state.code) })}</Paragraph>;
  return <ConsentTable consents={state.data.consents} onWithdrawn={onWithdrawn} />;
}

function ConsentTable({ consents, onWithdrawn }: { consents: Consent[]; onWithdrawn: () => void }) {
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  const [confirming, setConfirming] = useState<string | null>(null);
  const withdrawal = useSubmit({
    send: async (consent: Consent) => {
      await sendJson('POST', api.withdraw(consent.id), undefined, consentSchema);
      setConfirming(null);
      onWithdrawn();
    },
    ns: 'consultations',
    failed: (reason) => t('consents.failed', { reason }),
  });

  if (consents.length === 0) return <Paragraph>{t('consents.empty')}</Paragraph>;
  return (
    <>
      <FormAlert submit={withdrawal} />
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
                        <Button data-size="sm" data-color="danger" onClick={() => void withdrawal.submit(consent)}>
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
