import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../ui/api.ts';
import { useApi } from '../../ui/use-api.ts';
import { useNameOrder } from '../../ui/use-name-order.ts';
import { api } from './paths.ts';
import { providerListSchema } from '../session-schema.ts';

/**
 * One link per municipality that logs its staff in through its own identity provider. A plain
 * link, not a fetch: the browser leaves Tidlig for the provider and comes back with a session.
 * In demo mode without any provider, the section is left out.
 */
export function ProviderLogins({ demo }: { demo: boolean }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const headingId = useId();
  const compare = useNameOrder();
  const state = useApi(api.providers, providerListSchema);
  if (demo && (state.status !== 'ready' || state.data.providers.length === 0)) return null;

  return (
    <section aria-labelledby={headingId} className="page-section">
      <Heading level={2} data-size="md" id={headingId}>
        {t('providers.heading')}
      </Heading>
      {state.status === 'loading' && <p role="status">{t('providers.loading')}</p>}
      {state.status === 'failed' && (
        <Alert data-color="danger">
          <Paragraph>{tc(errorMessageKey(state.code))}</Paragraph>
        </Alert>
      )}
      {state.status === 'ready' &&
        (state.data.providers.length === 0 ? (
          <Paragraph>{t('providers.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('providers.intro')}</Paragraph>
            <ul className="provider-logins">
              {[...state.data.providers]
                .sort((a, b) => compare(a.name, b.name))
                .map((provider) => (
                  <li key={provider.id}>
                    <Link href={api.providerStart(provider.id)}>{t('providers.link', { municipality: provider.name })}</Link>
                  </li>
                ))}
            </ul>
          </>
        ))}
    </section>
  );
}
