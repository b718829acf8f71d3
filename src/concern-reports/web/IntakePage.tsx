import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { intakeQueueSchema, type IntakeItem } from '../schema.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { api, receivedPath } from './paths.ts';

/** The municipality's received reports, oldest first, with flags and the legal clock of each. */
export function IntakePage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('intake.title'));
  const state = useApi(api.intake, intakeQueueSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('intake.title')}
      </Heading>
      <Loaded state={state} loadingLabel={t('intake.loading')}>
        {(data) => (data.reports.length === 0 ? <Paragraph>{t('intake.empty')}</Paragraph> : <Queue reports={data.reports} />)}
      </Loaded>
    </>
  );
}

function Queue({ reports }: { reports: IntakeItem[] }) {
  const { t } = useTranslation('concerns');
  const format = useDateFormat();
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra aria-label={t('intake.title')}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('intake.received')}</Table.HeaderCell>
            <Table.HeaderCell>{t('intake.child')}</Table.HeaderCell>
            <Table.HeaderCell>{t('intake.from')}</Table.HeaderCell>
            <Table.HeaderCell>{t('intake.flags')}</Table.HeaderCell>
            <Table.HeaderCell>{t('intake.deadlines')}</Table.HeaderCell>
            <Table.HeaderCell>{t('intake.decision')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {reports.map((report) => (
            <Table.Row key={report.id}>
              <Table.Cell>{format.dateTime(report.receivedAt)}</Table.Cell>
              <Table.Cell>
                <RouterLink to={receivedPath(report.id)} aria-label={t('intake.open', { child: report.childName })}>
                  {report.childName}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{report.reporterUnitName}</Table.Cell>
              <Table.Cell>
                <Flags report={report} />
              </Table.Cell>
              <Table.Cell>
                <ul className="concern-tags">
                  {report.deadlines.map((deadline) => (
                    <li key={deadline.kind}>
                      <DeadlineTag deadline={deadline} />
                    </li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell>{report.decision ? t(`decision.kind.${report.decision.kind}`) : t('intake.undecided')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** What intake should notice: a hand-entered child, a child outside the reporter's units, a report routed here. */
export function Flags({ report }: { report: IntakeItem }) {
  const { t } = useTranslation('concerns');
  return (
    <ul className="concern-tags">
      {report.childNotInRegister && (
        <li>
          <Tag data-color="warning" data-size="sm">
            {t('intake.notInRegister')}
          </Tag>
        </li>
      )}
      {report.outsideReporterUnits && (
        <li>
          <Tag data-color="info" data-size="sm">
            {t('intake.outsideUnits')}
          </Tag>
        </li>
      )}
      {report.routedFromMunicipality && (
        <li>
          <Tag data-color="info" data-size="sm">
            {t('intake.routedFrom', { municipality: report.routedFromMunicipality })}
          </Tag>
        </li>
      )}
    </ul>
  );
}
