import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { myReportsSchema, type MyReports } from '../schema.ts';
import { api, draftPath, myReportsPath } from './paths.ts';

const SHOWN = 3;

/** The reporter's start: drafts to finish, and the feedback child welfare gave on sent reports, newest first. */
export function MyReportsAtGlance() {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const state = useApi(api.mine, myReportsSchema);
  return (
    <StartCard title={t('start.title')} state={state} failed={tc('startPage.failed')} more={{ to: myReportsPath, label: t('start.all') }}>
      {({ reports }) => (
        <>
          <Drafts reports={reports} />
          <Feedback reports={reports} />
        </>
      )}
    </StartCard>
  );
}

type Report = MyReports['reports'][number];
const newestFirst = (a: Report, b: Report) => b.updatedAt.localeCompare(a.updatedAt);

function Drafts({ reports }: { reports: Report[] }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const drafts = reports.filter((r) => r.status === 'draft').sort(newestFirst).slice(0, SHOWN);
  return (
    <>
      <Heading level={3} data-size="2xs">
        {t('start.drafts')}
      </Heading>
      {drafts.length === 0 ? (
        <Paragraph data-size="sm">{t('start.noDrafts')}</Paragraph>
      ) : (
        <ul className="start-list">
          {drafts.map((draft) => {
            const child = draft.childName || t('mine.unnamed');
            return (
              <li key={draft.id}>
                <RouterLink to={draftPath(draft.id)} aria-label={t('mine.continue', { child })}>
                  {child}
                </RouterLink>{' '}
                {t('start.updated', { date: format.dateTime(draft.updatedAt) })}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function Feedback({ reports }: { reports: Report[] }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const sent = reports.filter((r) => r.status === 'submitted' && r.receivedAt !== null).sort(newestFirst).slice(0, SHOWN);
  return (
    <>
      <Heading level={3} data-size="2xs">
        {t('start.feedback')}
      </Heading>
      {sent.length === 0 ? (
        <Paragraph data-size="sm">{t('start.noFeedback')}</Paragraph>
      ) : (
        <ul className="start-list">
          {sent.map((report) => (
            <li key={report.id}>
              {t('start.sent', { child: report.childName || t('mine.unnamed'), date: format.dateTime(report.receivedAt!) })}{' '}
              {report.feedback?.investigationOpened === true
                ? t('mine.investigationOpened')
                : report.feedback?.investigationOpened === false
                  ? t('mine.notInvestigated')
                  : t('mine.awaiting')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
