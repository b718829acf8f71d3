import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { chronologySchema, type ChronologyEntry } from '../schema.ts';
import { api } from './paths.ts';
import { useErrorText } from './use-error-text.ts';

/**
 * The child's chronology on the child page, for those the policy lets follow the child over
 * time. Someone whose role does not reach this child sees nothing rather than an error.
 */
export function ChronologySection({ childId }: { childId: string }) {
  const { t } = useTranslation('consultations');
  const errorText = useErrorText();
  const state = useApi(api.chronology(childId), chronologySchema);
  if (state.status === 'failed' && (state.code === 'not_found' || state.code === 'forbidden')) return null;
  return (
    <section className="page-section" aria-labelledby="chronology-heading">
      <Heading level={2} data-size="md" id="chronology-heading">
        {t('chronology.heading')}
      </Heading>
      <Paragraph>{t('chronology.intro')}</Paragraph>
      {state.status === 'loading' && <Paragraph role="status">{t('chronology.loading')}</Paragraph>}
      {state.status === 'failed' && <Paragraph>{errorText(state.code)}</Paragraph>}
      {state.status === 'ready' &&
        (state.data.entries.length === 0 ? (
          <Paragraph>{t('chronology.empty')}</Paragraph>
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
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  const date = <span className="chronology__date">{format.date(entry.date)}</span>;
  switch (entry.kind) {
    case 'consultation':
      return (
        <>
          {date}
          <p>{t('chronology.consultation', { unit: entry.unit.name, category: t(`concernCategory.${entry.category}`, { ns: 'common' }), outcome: t(`outcome.${entry.outcome}`) })}</p>
          <p className="chronology__text">{entry.description ?? t('chronology.withheld')}</p>
        </>
      );
    case 'concern_report_started':
      return (
        <>
          {date}
          <p>
            {t('chronology.reportStarted', { date: format.date(entry.consultationHeldOn) })}
          </p>
        </>
      );
    case 'consent_given':
      return (
        <>
          {date}
          <p>{t('chronology.consentGiven', { guardian: name(entry.guardian), scopes: entry.scopes.map((s) => t(`scope.${s}`)).join(', '), date: format.date(entry.expiresOn) })}</p>
        </>
      );
    case 'consent_withdrawn':
      return (
        <>
          {date}
          <p>{t('chronology.consentWithdrawn', { guardian: name(entry.guardian) })}</p>
        </>
      );
    case 'consent_expired':
      return (
        <>
          {date}
          <p>{t('chronology.consentExpired', { guardian: name(entry.guardian) })}</p>
        </>
      );
    case 'concern_report':
      return (
        <>
          {date}
          <p>{t('chronology.concernReport', { unit: entry.unit.name })}</p>
          <ReportAnswer answer={entry.answer} />
        </>
      );
    case 'pupil_talk':
      return (
        <>
          {date}
          <p>{t('chronology.pupilTalk', { unit: entry.unit.name, topic: t(`chronology.topic.${entry.topic}`), date: format.date(entry.noticeGivenOn) })}</p>
        </>
      );
    case 'pupil_referral':
      return (
        <>
          {date}
          <p>{t('chronology.pupilReferral', { unit: entry.unit.name })}</p>
          {entry.talkHeldOn && <p>{t('chronology.referralTalkHeld', { date: format.date(entry.talkHeldOn) })}</p>}
        </>
      );
  }
}

/** Intake reads the decision; everyone else no more than the reporter is told. */
function ReportAnswer({ answer }: { answer: Extract<ChronologyEntry, { kind: 'concern_report' }>['answer'] }) {
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  if (answer.seen === 'feedback') {
    if (answer.investigationOpened === null) return <p>{t('chronology.feedback.pending')}</p>;
    return <p>{t(answer.investigationOpened ? 'chronology.feedback.opened' : 'chronology.feedback.notOpened')}</p>;
  }
  if (answer.decision === null || answer.decidedOn === null) return <p>{t('chronology.decision.pending')}</p>;
  return <p>{t(`chronology.decision.${answer.decision}`, { date: format.date(answer.decidedOn) })}</p>;
}
