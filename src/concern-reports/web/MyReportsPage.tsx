import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { myReportsSchema, type MyReports } from '../schema.ts';
import { DeleteDraft } from './DeleteDraft.tsx';
import { api, draftPath, newReportPath } from './paths.ts';

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

/** A link, not a create: the draft is made on the form's first input, so a click alone leaves nothing behind. */
function StartReport() {
  const { t } = useTranslation('concerns');
  return (
    <div className="concern-start">
      <Button asChild>
        <RouterLink to={newReportPath}>{t('mine.start')}</RouterLink>
      </Button>
    </div>
  );
}

function ReportTable({ reports: loaded }: { reports: MyReports['reports'] }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  const [reports, setReports] = useState(loaded);
  const [deleted, setDeleted] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (deleted) status.current?.focus();
  }, [deleted]);
  const notice = (
    <p role="status" tabIndex={-1} ref={status} className="concern-notice">
      {deleted && t('mine.deleted', { child: deleted })}
    </p>
  );
  if (reports.length === 0) return (
    <>
      {notice}
      <Paragraph>{t('mine.empty')}</Paragraph>
    </>
  );
  return (
    <div className="table-scroll">
      {notice}
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
                    <>
                      <RouterLink to={draftPath(report.id)} aria-label={t('mine.continue', { child })}>
                        {child}
                      </RouterLink>{' '}
                      <DeleteDraft
                        id={report.id}
                        child={child}
                        onDeleted={() => {
                          setReports((all) => all.filter((r) => r.id !== report.id));
                          setDeleted(child);
                        }}
                      />
                    </>
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
                      {report.feedback.investigationConcluded && <> {t(`mine.concluded_${report.feedback.investigationConcluded}`)}</>}
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
