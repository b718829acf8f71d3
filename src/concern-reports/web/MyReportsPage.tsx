import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError, errorMessageKey, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { draftSchema, myReportsSchema, type MyReports } from '../schema.ts';
import { api, draftPath } from './paths.ts';

/** The reporter's drafts and sent reports, with the feedback child welfare gave, and a button to start one. */
export function MyReportsPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('mine.title'));
  const state = useApi(api.mine, myReportsSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('mine.title')}
      </Heading>
      <StartReport />
      <Loaded state={state} loadingLabel={t('mine.loading')}>
        {(data) => <ReportTable reports={data.reports} />}
      </Loaded>
    </>
  );
}

function StartReport() {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const key = useRef(crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function start() {
    if (busy) return;
    setBusy(true);
    setFailure('');
    try {
      const draft = await sendJson('POST', api.drafts, { idempotencyKey: key.current }, draftSchema);
      void navigate(draftPath(draft.id));
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      setFailure(t('mine.failed', { reason: tc(errorMessageKey(code)) }));
      setBusy(false);
    }
  }

  return (
    <div className="concern-start">
      <Button onClick={() => void start()} aria-disabled={busy || undefined}>
        {busy ? t('mine.starting') : t('mine.start')}
      </Button>
      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
    </div>
  );
}

function ReportTable({ reports }: { reports: MyReports['reports'] }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  if (reports.length === 0) return <Paragraph>{t('mine.empty')}</Paragraph>;
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra aria-label={t('mine.title')}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('mine.child')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mine.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mine.updated')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mine.feedback')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {reports.map((report) => {
            const child = report.childName || t('mine.unnamed');
            return (
              <Table.Row key={report.id}>
                <Table.Cell>
                  {report.status === 'draft' ? (
                    <RouterLink to={draftPath(report.id)} aria-label={t('mine.continue', { child })}>
                      {child}
                    </RouterLink>
                  ) : (
                    <>
                      {child}{' '}
                      <Link href={api.pdf(report.id)} download>
                        {t('mine.pdf', { child })}
                      </Link>
                    </>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={report.status === 'draft' ? 'neutral' : 'success'}>
                    {report.status === 'draft' ? t('mine.draft') : t('mine.sent')}
                  </Tag>
                </Table.Cell>
                <Table.Cell>{format.dateTime(report.receivedAt ?? report.updatedAt)}</Table.Cell>
                <Table.Cell>
                  {report.feedback && (
                    <>
                      {t('mine.received')}.{' '}
                      {report.feedback.investigationOpened === null
                        ? t('mine.awaiting')
                        : report.feedback.investigationOpened
                          ? t('mine.investigationOpened')
                          : t('mine.notInvestigated')}
                    </>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
