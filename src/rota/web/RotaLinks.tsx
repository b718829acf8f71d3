import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import type { UnitKind } from '../../organisation/schema.ts';
import { rotaPath } from './paths.ts';

/** On an on-call service's or a child welfare unit's page (its evening team): the way to its rota. */
export function RotaLinks({ unitId, kind }: { unitId: string; kind: UnitKind }) {
  const { t } = useTranslation('rota');
  const mayRead = useCan('rota.read');
  if ((kind !== 'on_call_service' && kind !== 'child_welfare') || !mayRead) return null;
  return (
    <section className="page-section" aria-labelledby="rota-links">
      <Heading level={2} data-size="md" id="rota-links">
        {t('links.heading')}
      </Heading>
      <ul>
        <li>
          <RouterLink to={rotaPath(unitId)}>{t('links.rota')}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
