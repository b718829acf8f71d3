import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { consultationsPath, newConsultationPath } from './paths.ts';

/** On the unit page: the way to record a consultation and to the unit's list, for those whose roles allow. */
export function ConsultationLinks({ unitId }: { unitId: string }) {
  const { t } = useTranslation('consultations');
  const mayRecord = useCan('consultation.record');
  const mayRead = useCan('consultation.read');
  if (!mayRecord && !mayRead) return null;
  return (
    <section className="page-section" aria-labelledby="consultations-heading">
      <Heading level={2} data-size="md" id="consultations-heading">
        {t('link')}
      </Heading>
      <ul className="consultation-links">
        {mayRecord && (
          <li>
            <RouterLink to={newConsultationPath(unitId)}>{t('newLink')}</RouterLink>
          </li>
        )}
        {mayRead && (
          <li>
            <RouterLink to={consultationsPath(unitId)}>{t('list.title')}</RouterLink>
          </li>
        )}
      </ul>
    </section>
  );
}
