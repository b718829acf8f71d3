import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { PageError, PageLoading } from '../../ui/PageStatus.tsx';
import { useSession } from '../../ui/session.tsx';
import { usePageTitle } from '../../ui/use-page-title.ts';
import type { LoginRefusal } from '../oidc/login-refused-error.ts';
import { DemoLogin } from './DemoLogin.tsx';
import type { authNb } from './messages/nb.ts';
import { safeNextPath } from './paths.ts';
import { ProviderLogins } from './ProviderLogins.tsx';

/**
 * The login page: each municipality's own identity provider (a plain link out), and in demo
 * mode the synthetic people to log in as. Someone already logged in goes straight on to
 * where they were headed (`?next=`, only ever a path on this site) or the start page.
 */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const { state, loggedOut } = useSession();
  const [searchParams] = useSearchParams();
  usePageTitle(t('title'));

  if (state.status === 'loading') return <PageLoading label={tc('session.checking')} />;
  if (state.status === 'failed') return <PageError code={state.code} retry={state.retry} />;
  const next = safeNextPath(searchParams.get('next')) ?? '/';
  if (state.data.user !== null) return <Navigate to={next} replace />;

  const refusal = searchParams.get('error');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      {loggedOut && (
        <Alert data-color="success" className="login-notice">
          <Paragraph>{t(`loggedOut.${loggedOut}`)}</Paragraph>
        </Alert>
      )}
      {refusal !== null && <RefusalAlert code={refusal} />}
      <Paragraph className="lead">{t('intro')}</Paragraph>
      <ProviderLogins demo={state.data.demo} />
      {state.data.demo && <DemoLogin />}
    </>
  );
}

/** Why the identity provider's login was refused, from the code the server put in `?error=`. */
function RefusalAlert({ code }: { code: string }) {
  const { t, i18n } = useTranslation('auth');
  const known = code !== 'title' && code !== 'other' && i18n.exists(`refused.${code}`, { ns: 'auth' });
  return (
    <Alert data-color="danger" className="login-notice">
      <Heading level={2} data-size="xs">
        {t('refused.title')}
      </Heading>
      <Paragraph>{t(known ? (`refused.${code}` as `refused.${LoginRefusal}`) : 'refused.other')}</Paragraph>
    </Alert>
  );
}

// Every reason the server can give must have a text: a new one is a compile error here. A
// type only, so that the login page does not carry the bokmål texts to readers of another language.
export type EveryRefusalHasText = Record<LoginRefusal, string> extends Pick<(typeof authNb)['refused'], LoginRefusal> ? true : never;
