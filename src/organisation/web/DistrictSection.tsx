import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDetail } from '../schema.ts';
import { UnitGroups } from './UnitGroups.tsx';

type District = MunicipalityDetail['districts'][number];

/** One district (east, west, centre …) with its schools, kindergartens and services by kind. */
export function DistrictSection({ id, district }: { id: string; district: District }) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  // District names are the municipality's own ("Øst"); readers of another language get the
  // compass point in theirs beside it ("Øst (East)").
  const compass = tc(`compass.${district.compass}`);
  const showCompass = compass.toLocaleLowerCase() !== district.name.toLocaleLowerCase();
  return (
    <section id={id} className="page-section">
      <Heading level={2} data-size="md">
        {district.name}
        {showCompass && <span className="district-compass"> ({compass})</span>}
      </Heading>
      {district.units.length === 0 ? (
        <Paragraph>{t('municipality.districtEmpty')}</Paragraph>
      ) : (
        <UnitGroups units={district.units} headingLevel={3} />
      )}
    </section>
  );
}
