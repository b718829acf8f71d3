import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { municipalityListSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { FunnelChart } from './FunnelChart.tsx';
import { api } from './paths.ts';

/** The leader's view of attendance: the follow-up funnel of the municipality's schools together, counts only. */
export function MunicipalityFunnelPage() {
  const { t } = useTranslation('attendance');
  usePageTitle(t('funnelPage.title'));
  const list = useApi(organisationApi.municipalities, municipalityListSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('funnelPage.title')}
      </Heading>
      <Paragraph className="lead">{t('funnelPage.intro')}</Paragraph>
      <Loaded state={list} loadingLabel={t('funnelPage.loading')}>
        {(data) => (data.municipalities[0] ? <FunnelChart url={api.municipalityFunnel(data.municipalities[0].id)} /> : null)}
      </Loaded>
    </>
  );
}
