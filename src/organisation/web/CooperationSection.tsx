import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import type { MunicipalityDetail } from '../schema.ts';
import { municipalityPath } from './paths.ts';
import { UnitGroups } from './UnitGroups.tsx';

type Cooperation = MunicipalityDetail['cooperations'][number];

/** Services shared with other municipalities, like the inter-municipal on-call service. */
export function CooperationSection({
  id,
  cooperations,
  currentMunicipalityId,
}: {
  id: string;
  cooperations: Cooperation[];
  currentMunicipalityId: string;
}) {
  const { t } = useTranslation('organisation');
  return (
    <section id={id} className="page-section">
      <Heading level={2} data-size="md">
        {t('municipality.cooperations.heading')}
      </Heading>
      {cooperations.map((cooperation) => (
        <div key={cooperation.id} className="cooperation">
          <Heading level={3} data-size="sm">
            {cooperation.name}
          </Heading>
          <Paragraph>{t('municipality.cooperations.kind')}</Paragraph>
          <dl className="facts">
            <dt>{t('municipality.cooperations.host')}</dt>
            <dd>
              <MunicipalityName municipality={cooperation.hostMunicipality} currentId={currentMunicipalityId} />
            </dd>
            <dt>{t('municipality.cooperations.members')}</dt>
            <dd>
              <ul className="inline-list">
                {cooperation.members.map((member) => (
                  <li key={member.id}>
                    <MunicipalityName municipality={member} currentId={currentMunicipalityId} />
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <UnitGroups units={cooperation.units} headingLevel={4} />
        </div>
      ))}
    </section>
  );
}

/** Another municipality's name links to its page; the one being shown is plain text. */
function MunicipalityName({ municipality, currentId }: { municipality: { id: string; name: string }; currentId: string }) {
  if (municipality.id === currentId) return <>{municipality.name}</>;
  return <RouterLink to={municipalityPath(municipality.id)}>{municipality.name}</RouterLink>;
}
