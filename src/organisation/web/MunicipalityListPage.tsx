import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { municipalityListSchema, type MunicipalitySummary } from '../schema.ts';
import { api, municipalityPath } from './paths.ts';

/** The start page: every municipality in Tidlig, each leading to its districts and units. */
export function MunicipalityListPage() {
  const { t } = useTranslation('organisation');
  const state = useApi(api.municipalities, municipalityListSchema);
  return (
    <Loaded state={state} loadingLabel={t('overview.loading')}>
      {(data) => <MunicipalityList municipalities={data.municipalities} />}
    </Loaded>
  );
}

function MunicipalityList({ municipalities }: { municipalities: MunicipalitySummary[] }) {
  const { t } = useTranslation('organisation');
  usePageTitle(t('overview.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('overview.title')}
      </Heading>
      <Paragraph className="lead">{t('overview.intro')}</Paragraph>
      {municipalities.length === 0 ? (
        <Paragraph>{t('overview.empty')}</Paragraph>
      ) : (
        <ul className="card-grid">
          {municipalities.map((municipality) => (
            <li key={municipality.id}>
              <MunicipalityCard municipality={municipality} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MunicipalityCard({ municipality }: { municipality: MunicipalitySummary }) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  return (
    <Card data-color="neutral" className="municipality-card">
      <Heading level={2} data-size="sm">
        <RouterLink to={municipalityPath(municipality.id)}>{municipality.name}</RouterLink>
      </Heading>
      <Paragraph data-size="sm">
        {t('overview.countryAndCode', { country: tc(`country.${municipality.countryCode}`), code: municipality.code })}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('overview.districtCount', { count: municipality.districtCount })}
        {' · '}
        {t('overview.unitCount', { count: municipality.unitCount })}
      </Paragraph>
    </Card>
  );
}
