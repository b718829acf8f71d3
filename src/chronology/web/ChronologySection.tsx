import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../kernel/ui/api.ts';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { chronologySchema, type ChronologyEntry } from '../schema.ts';
import { api } from './paths.ts';

/**
 * The child's chronology on the child page, for those the policy lets follow the child over
 * time. Someone whose role does not reach this child sees nothing rather than an error.
 */
export function ChronologySection({ childId }: { childId: string }) {
  const { t } = useTranslation('chronology');
  const { t: tc } = useTranslation();
  const state = useApi(api.chronology(childId), chronologySchema);
  if (state.status === 'failed' && (state.code === 'not_found' || state.code === 'forbidden')) return null;
  return (
    <section className="page-section" aria-labelledby="chronology-heading">
      <Heading level={2} data-size="md" id="chronology-heading">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {state.status === 'loading' && <Paragraph role="status">{t('loading')}</Paragraph>}
      {state.status === 'failed' && <Paragraph>{tc(errorMessageKey(state.code))}</Paragraph>}
      {state.status === 'ready' &&
        (state.data.entries.length === 0 ? (
          <Paragraph>{t('empty')}</Paragraph>
        ) : (
          <ol className="chronology">
            {state.data.entries.map((entry, index) => (
              <li key={index} className="chronology__entry">
                <Entry entry={entry} />
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}

function Entry({ entry }: { entry: ChronologyEntry }) {
  const { t } = useTranslation('chronology');
  const format = useDateFormat();
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  const date = <span className="chronology__date">{format.date(entry.date)}</span>;
  switch (entry.kind) {
    case 'consultation':
      return (
        <>
          {date}
          <p>{t('consultation', { unit: entry.unit.name, category: t(`concernCategory.${entry.category}`, { ns: 'common' }), outcome: t(`outcome.${entry.outcome}`, { ns: 'consultations' }) })}</p>
          <p className="chronology__text">{entry.description ?? t('detail.withheld', { ns: 'consultations' })}</p>
        </>
      );
    case 'concern_report_started':
      return (
        <>
          {date}
          <p>
            {t('reportStarted', { date: format.date(entry.consultationHeldOn) })}
          </p>
        </>
      );
    case 'consent_given':
      return (
        <>
          {date}
          <p>{t('consentGiven', { guardian: name(entry.guardian), scopes: entry.scopes.map((s) => t(`scope.${s}`, { ns: 'consultations' })).join(', '), date: format.date(entry.expiresOn) })}</p>
        </>
      );
    case 'consent_withdrawn':
      return (
        <>
          {date}
          <p>{t('consentWithdrawn', { guardian: name(entry.guardian) })}</p>
        </>
      );
    case 'consent_expired':
      return (
        <>
          {date}
          <p>{t('consentExpired', { guardian: name(entry.guardian) })}</p>
        </>
      );
    case 'concern_report':
      return (
        <>
          {date}
          <p>{t('concernReport', { unit: entry.unit.name })}</p>
          <ReportAnswer answer={entry.answer} />
        </>
      );
    case 'pupil_talk':
      return (
        <>
          {date}
          <p>{t('pupilTalk', { unit: entry.unit.name, topic: t(`topic.${entry.topic}`), date: format.date(entry.noticeGivenOn) })}</p>
        </>
      );
    case 'pupil_referral':
      return (
        <>
          {date}
          <p>{t('pupilReferral', { unit: entry.unit.name })}</p>
          {entry.talkHeldOn && <p>{t('referralTalkHeld', { date: format.date(entry.talkHeldOn) })}</p>}
        </>
      );
  }
}

/** Intake reads the decision; everyone else no more than the reporter is told. */
function ReportAnswer({ answer }: { answer: Extract<ChronologyEntry, { kind: 'concern_report' }>['answer'] }) {
  const { t } = useTranslation('chronology');
  const format = useDateFormat();
  if (answer.seen === 'feedback') {
    if (answer.investigationOpened === null) return <p>{t('feedback.pending')}</p>;
    return <p>{t(answer.investigationOpened ? 'feedback.opened' : 'feedback.notOpened')}</p>;
  }
  if (answer.decision === null || answer.decidedOn === null) return <p>{t('decision.pending')}</p>;
  return <p>{t(`decision.${answer.decision}`, { date: format.date(answer.decidedOn) })}</p>;
}
