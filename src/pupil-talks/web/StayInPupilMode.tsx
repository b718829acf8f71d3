import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useSearchParams } from 'react-router';
import { PageLoading } from '../../kernel/ui/PageStatus.tsx';
import { useSession } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { pupilModeStateSchema } from '../schema.ts';
import { api, pupilModePath, STAFF_EXIT_PARAM } from './paths.ts';

/**
 * In front of the login page: on a device in pupil mode with nobody logged in, the login page
 * is where Back, an old address or a staff page leads a pupil, so it returns to pupil mode.
 * Only the pupil page's own staff link (marked with STAFF_EXIT_PARAM) shows the login page.
 */
export function StayInPupilMode() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const [searchParams] = useSearchParams();
  const leaving = searchParams.get(STAFF_EXIT_PARAM) === '1';
  const loggedIn = session.status === 'ready' && session.data.user !== null;
  const mode = useApi(leaving || loggedIn ? null : api.pupilMode, pupilModeStateSchema);
  if (leaving || loggedIn) return <Outlet />;
  if (session.status === 'loading' || mode.status === 'loading') return <PageLoading label={t('session.checking')} />;
  if (mode.status === 'ready' && mode.data.mode !== null) return <Navigate to={pupilModePath} replace />;
  return <Outlet />;
}
