import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { childPath } from '../../children/web/paths.ts';
import { idParamsSchema, unitDetailSchema, type UnitDetail } from '../../organisation/schema.ts';
import { municipalityPath, api as organisationApi, overviewPath, unitPath } from '../../organisation/web/paths.ts';
import { consultationListSchema, type Consultation } from '../schema.ts';
import { api, consultationPath, consultationsPath, newConsultationPath } from './paths.ts';

/** A unit's consultations, newest first; anonymous and group ones name no child. */
export function ConsultationsPage() {
  const { t } = useTranslation('consultations');
  const { unitId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  usePageTitle(t('list.title'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('list.loading')}>
      {(detail) => <ConsultationsOfUnit detail={detail} />}
    </Loaded>
  );
}

function ConsultationsOfUnit({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation('consultations');
  const { t: to } = useTranslation('organisation');
  const { unit } = detail;
  const state = useApi(api.consultations(unit.id), consultationListSchema);
  const mayRecord = useCan('consultation.record');
  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: to('overview.title'), to: overviewPath },
          { label: unit.municipality.name, to: municipalityPath(unit.municipality.id) },
          { label: unit.name, to: unitPath(unit.id) },
          { label: t('list.title'), to: consultationsPath(unit.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {t('list.title')}
      </Heading>
      {mayRecord && (
        <Paragraph>
          <RouterLink to={newConsultationPath(unit.id)}>{t('newLink')}</RouterLink>
        </Paragraph>
      )}
      <Loaded state={state} loadingLabel={t('list.loading')}>
        {(data) => (data.consultations.length === 0 ? <Paragraph>{t('list.empty')}</Paragraph> : <ConsultationTable consultations={data.consultations} />)}
      </Loaded>
    </>
  );
}

function ConsultationTable({ consultations }: { consultations: Consultation[] }) {
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  return (
    <div className="table-scroll">
      <Table data-size="sm" zebra aria-label={t('list.title')} className="consultation-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('list.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.mode')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.about')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.category')}</Table.HeaderCell>
            <Table.HeaderCell>{t('list.outcome')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {consultations.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell className="nowrap">
                <RouterLink to={consultationPath(c.unitId, c.id)} aria-label={t('detail.open', { date: format.date(c.heldOn) })}>
                  {format.date(c.heldOn)}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{t(`mode.${c.mode}`)}</Table.Cell>
              <Table.Cell>
                <About consultation={c} />
              </Table.Cell>
              <Table.Cell>{t(`concernCategory.${c.category}`, { ns: 'common' })}</Table.Cell>
              <Table.Cell>{t(`outcome.${c.outcome}`)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

function About({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation('consultations');
  if (consultation.child) {
    return (
      <>
        <RouterLink to={childPath(consultation.child.id)}>{`${consultation.child.givenName} ${consultation.child.familyName}`}</RouterLink>
        {consultation.details === null && <span className="consultation-withheld"> {t('list.withheld')}</span>}
      </>
    );
  }
  return <>{consultation.groupLabel ?? t('list.nobody')}</>;
}
