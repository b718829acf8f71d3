import { createBrowserRouter } from 'react-router';
import { calendarRoutes } from '../../calendar/web/routes.tsx';
import { childrenRoutes } from '../../children/web/routes.tsx';
import { consultationsRoutes } from '../../consultations/web/routes.tsx';
import { organisationRoutes } from '../../organisation/web/routes.tsx';
import { oversightRoutes } from '../../oversight/web/routes.tsx';
import { presenceRoutes } from '../../presence/web/routes.tsx';
import { pupilModeRoutes, pupilTalksRoutes } from '../../pupil-talks/web/routes.tsx';
import { teamsRoutes } from '../../teams/web/routes.tsx';
import { concernRoutes } from '../../concern-reports/web/routes.tsx';
import { RequireLogin } from '../auth/web/RequireLogin.tsx';
import { authRoutes } from '../auth/web/routes.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';
import { RouteError } from './RouteError.tsx';

/**
 * Every page of the app. A capability brings its own routes; the shell adds the frame and the
 * login gate. Only the login page and the not-found page are open to someone not logged in.
 */
export function createRouter() {
  return createBrowserRouter([
    ...pupilModeRoutes,
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            ...authRoutes,
            {
              element: <RequireLogin />,
              children: [
                ...organisationRoutes,
                ...childrenRoutes,
                ...oversightRoutes,
                ...presenceRoutes,
                ...teamsRoutes,
                ...calendarRoutes,
                ...pupilTalksRoutes,
                ...consultationsRoutes,
                ...concernRoutes,
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
