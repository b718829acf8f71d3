import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageError, PageLoading } from '../../ui/PageStatus.tsx';
import { useSession } from '../../ui/session.tsx';
import { loginPath, loginPathFor } from './paths.ts';

/**
 * The gate in front of every page that needs a login: without a user it sends the browser to
 * the login page, remembering the address so the user comes back to it. It also closes the
 * pages when an API call answers 401, since that reloads the session (see SessionProvider).
 */
export function RequireLogin() {
  const { t } = useTranslation();
  const { state, loggedOut } = useSession();
  const { pathname, search, hash } = useLocation();
  if (state.status === 'loading') return <PageLoading label={t('session.checking')} />;
  if (state.status === 'failed') return <PageError code={state.code} retry={state.retry} />;
  if (state.data.user === null) {
    // After logging out, the next person should start afresh, not on the last one's page.
    const to = loggedOut ? loginPath : loginPathFor(`${pathname}${search}${hash}`);
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
