import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { SuppressedCountNote } from '../../kernel/ui/SuppressedCount.tsx';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import type { MunicipalityDetail } from '../schema.ts';
import { CooperationSection } from './CooperationSection.tsx';
import { DistrictSection } from './DistrictSection.tsx';
import { OnThisPage } from './OnThisPage.tsx';
import { municipalityPath, overviewPath } from './paths.ts';
import { UnitFilter } from './UnitFilter.tsx';
import { filterMunicipality } from './unit-filter.ts';
import { UnitGroups } from './UnitGroups.tsx';

const sharedId = 'shared-units';
const cooperationsId = 'cooperations';

/**
 * A municipality's page. It may list hundreds of units, so it is split by district and by
 * kind, has a jump list, and a name filter kept in the address (?q=) so Back restores it.
 */
export function MunicipalityOverview({ detail }: { detail: MunicipalityDetail }) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const { municipality } = detail;
  usePageTitle(municipality.name);

  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const setQuery = (value: string) => setSearchParams(value ? { q: value } : {}, { replace: true });
  const filtered = filterMunicipality(detail, query);
  // Without districts, the municipality-wide units are all its units, schools included.
  const sharedHeading = detail.districts.length === 0 ? t('municipality.allUnits') : t('municipality.shared');

  const sections = [
    ...filtered.districts.map((district) => ({ id: districtId(district.id), label: district.name })),
    ...(filtered.sharedUnits.length > 0 ? [{ id: sharedId, label: sharedHeading }] : []),
    ...(filtered.cooperations.length > 0 ? [{ id: cooperationsId, label: t('municipality.cooperations.heading') }] : []),
  ];

  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: t('overview.title'), to: overviewPath },
          { label: municipality.name, to: municipalityPath(municipality.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {municipality.name}
      </Heading>
      <Paragraph className="lead">
        {t('overview.countryAndCode', { country: tc(`country.${municipality.countryCode}`), code: municipality.code })}
        {' · '}
        {t('overview.districtCount', { count: municipality.districtCount })}
        {' · '}
        {t('overview.unitCount', { count: municipality.unitCount })}
      </Paragraph>

      <UnitFilter query={query} onQueryChange={setQuery} filtered={filtered} />
      {sections.length > 1 && <OnThisPage sections={sections} />}

      {filtered.districts.map((district) => (
        <DistrictSection key={district.id} id={districtId(district.id)} district={district} />
      ))}
      {filtered.sharedUnits.length > 0 && (
        <section id={sharedId} className="page-section">
          <Heading level={2} data-size="md">
            {sharedHeading}
          </Heading>
          <UnitGroups units={filtered.sharedUnits} headingLevel={3} />
        </section>
      )}
      {filtered.cooperations.length > 0 && (
        <CooperationSection id={cooperationsId} cooperations={filtered.cooperations} currentMunicipalityId={municipality.id} />
      )}
      {filtered.shown > 0 && <SuppressedCountNote />}
    </>
  );
}

function districtId(id: string): string {
  return `district-${id}`;
}
