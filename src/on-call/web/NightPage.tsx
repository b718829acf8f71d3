import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { addDays } from '../../time/dates.ts';
import { calendarDate } from '../../kernel/validation/primitives.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { callListSchema, idParamsSchema, type CallList } from '../schema.ts';
import { receivedPath } from '../../concern-reports/web/paths.ts';
import { api, callPath, newCallPath, nightPath } from './paths.ts';

/** The on-call unit's log of one on-call day (08:00 to 08:00), today's unless the address names a day. */
export function NightPage() {
  const { t } = useTranslation('onCall');
  usePageTitle(t('night.title'));
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('date');
  const date = asked !== null && calendarDate().safeParse(asked).success ? asked : undefined;
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const list = useApi(valid ? api.calls(unitId, date) : null, callListSchema);
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('night.title')}
      </Heading>
      <Loaded state={list} loadingLabel={t('night.loading')}>
        {(data) => <Night unitId={unitId} list={data} />}
      </Loaded>
    </>
  );
}

function Night({ unitId, list }: { unitId: string; list: CallList }) {
  const { t } = useTranslation('onCall');
  const { t: common } = useTranslation();
  const format = useDateFormat();
  return (
    <>
      <Paragraph className="lead">{t('night.day', { date: format.date(list.date) })}</Paragraph>
      <nav className="on-call-days" aria-label={t('night.title')}>
        <RouterLink to={nightPath(unitId, addDays(list.date, -1))}>{t('night.previous')}</RouterLink>
        <RouterLink to={nightPath(unitId, addDays(list.date, 1))}>{t('night.next')}</RouterLink>
        <RouterLink to={newCallPath(unitId)}>{t('night.newCall')}</RouterLink>
      </nav>
      {list.calls.length === 0 ? (
        <Paragraph>{t('night.empty')}</Paragraph>
      ) : (
        <Table data-size="sm" zebra className="on-call-table" aria-label={t('night.day', { date: format.date(list.date) })}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('night.received')}</Table.HeaderCell>
              <Table.HeaderCell>{t('night.municipality')}</Table.HeaderCell>
              <Table.HeaderCell>{t('night.caller')}</Table.HeaderCell>
              <Table.HeaderCell>{t('call.category')}</Table.HeaderCell>
              <Table.HeaderCell>{t('night.response')}</Table.HeaderCell>
              <Table.HeaderCell>{t('night.placementColumn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('night.handover')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.calls.map((call) => {
              const time = format.dateTime(call.receivedAt);
              return (
                <Table.Row key={call.id}>
                  <Table.Cell>
                    <RouterLink to={callPath(call.id)} aria-label={t('night.open', { time })}>
                      {time}
                    </RouterLink>
                  </Table.Cell>
                  <Table.Cell>{call.municipality.name}</Table.Cell>
                  <Table.Cell>{t(`caller.${call.caller}`)}</Table.Cell>
                  <Table.Cell>{common(`concernCategory.${call.category}`)}</Table.Cell>
                  <Table.Cell>{call.responses.map((r) => t(`response.${r}`)).join(', ')}</Table.Cell>
                  <Table.Cell>{t(`placement.${call.placement}`)}</Table.Cell>
                  <Table.Cell>{t(`handoverState.${call.handoverState}`)}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {list.reports.length > 0 && (
        <section aria-labelledby="on-call-reports">
          <Heading level={2} data-size="xs" id="on-call-reports">
            {t('night.reportsHeading')}
          </Heading>
          <ul>
            {list.reports.map((report, i) => (
              <li key={i}>
                {t('night.report', { time: format.dateTime(report.receivedAt), municipality: report.municipality.name })}
                {report.reportId && (
                  <>
                    {' '}
                    <RouterLink to={receivedPath(report.reportId)}>{t('night.openReport')}</RouterLink>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
