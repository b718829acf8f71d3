import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { childPath } from '../../children/web/paths.ts';
import { defaultLanguage, isUiLanguage } from '../../kernel/i18n/languages.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { accessReportSchema, idParamsSchema, type AccessReport } from '../schema.ts';
import { accessReportPath, api } from './paths.ts';
import { useAuditLabels } from './use-audit-labels.ts';

/**
 * Who has accessed a child's record, for a leader answering a guardian's request (GDPR art. 15)
 * or following up emergency access. Viewing it is itself logged by the server.
 */
export function AccessReportPage() {
  const { t } = useTranslation('oversight');
  const { childId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: childId }).success;
  const state = useApi(valid ? api.accessReport(childId) : null, accessReportSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('report.loading')}>
      {(report) => <AccessReportView report={report} />}
    </Loaded>
  );
}

/** The report names the child (sent with it, so no extra read of the record is logged). */
function AccessReportView({ report }: { report: AccessReport }) {
  const { t, i18n } = useTranslation('oversight');
  const language = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const format = useDateFormat();
  const labels = useAuditLabels();
  const headingId = useId();
  const title = t('report.title');
  usePageTitle(title);
  const events = [...report.events].reverse();

  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: t('review.item.child'), to: childPath(report.childId) },
          { label: t('report.title'), to: accessReportPath(report.childId) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="lead">{t('report.about', { name: `${report.child.givenName} ${report.child.familyName}` })}</Paragraph>
      <Paragraph>{t('report.intro')}</Paragraph>
      <Button asChild variant="secondary">
        <a href={api.accessReportCsv(report.childId, language)} download>
          {t('report.download')}
        </a>
      </Button>
      <section className="page-section">
        <Heading level={2} data-size="md" id={headingId}>
          {t('report.events', { count: events.length })}
        </Heading>
        {events.length === 0 ? (
          <Paragraph>{t('report.empty')}</Paragraph>
        ) : (
          // Nine columns scroll sideways on a phone; with no link inside, the region itself
          // must take focus so a keyboard user can scroll it (WCAG 2.1.1).
          <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
            <Table aria-labelledby={headingId} data-size="sm" zebra className="access-report">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('report.column.time')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.person')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.role')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.unit')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.action')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.record')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.purpose')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.outcome')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('report.column.emergency')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {events.map((event, index) => (
                  <Table.Row key={`${event.occurredAt}-${index}`}>
                    <Table.Cell className="nowrap">{format.dateTimeSeconds(event.occurredAt)}</Table.Cell>
                    <Table.Cell>{event.staffName ?? event.staffId ?? t('report.system')}</Table.Cell>
                    <Table.Cell>{labels.role(event.role)}</Table.Cell>
                    <Table.Cell>{event.unitName ?? ''}</Table.Cell>
                    <Table.Cell>
                      {event.record === 'register' && event.action === 'read' ? t('report.registerRead') : labels.action(event.action)}
                    </Table.Cell>
                    <Table.Cell>{t(`report.record.${event.record}`)}</Table.Cell>
                    <Table.Cell className="access-report__purpose">{labels.purpose(event.purpose)}</Table.Cell>
                    <Table.Cell>
                      {event.outcome === 'allowed' ? (
                        labels.outcome(event.outcome)
                      ) : (
                        <Tag data-color="danger" data-size="sm">
                          {labels.outcome(event.outcome)}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {event.emergency ? (
                        <Tag data-color="warning" data-size="sm">
                          {t('report.yes')}
                        </Tag>
                      ) : (
                        t('report.no')
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
