import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import type { UnitKind } from '../../organisation/schema.ts';
import { nightPath, overviewPath, statementPath } from './paths.ts';

/** On an on-call service's page: the night's log for those who log calls, the figures and the monthly cost statement for its leader. */
export function OnCallLinks({ unitId, kind }: { unitId: string; kind: UnitKind }) {
  const { t } = useTranslation('onCall');
  const { t: statement } = useTranslation('onCallStatement');
  const mayLog = useCan('on_call.log');
  const mayCount = useCan('on_call.statistics');
  if (kind !== 'on_call_service' || (!mayLog && !mayCount)) return null;
  return (
    <section className="page-section" aria-labelledby="on-call-links">
      <Heading level={2} data-size="md" id="on-call-links">
        {t('overview.linksHeading')}
      </Heading>
      <ul>
        {mayLog && (
          <li>
            <RouterLink to={nightPath(unitId)}>{t('night.title')}</RouterLink>
          </li>
        )}
        {mayCount && (
          <li>
            <RouterLink to={overviewPath(unitId)}>{t('overview.link')}</RouterLink>
          </li>
        )}
        {mayCount && (
          <li>
            <RouterLink to={statementPath(unitId)}>{statement('link')}</RouterLink>
          </li>
        )}
      </ul>
    </section>
  );
}
