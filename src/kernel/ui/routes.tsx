import { createBrowserRouter } from 'react-router';
import { calendarRoutes } from '../../calendar/web/routes.tsx';
import { childrenRoutes, childrenStartSections } from '../../children/web/routes.tsx';
import { consultationsRoutes, consultationsStartSections } from '../../consultations/web/routes.tsx';
import { organisationRoutes } from '../../organisation/web/routes.tsx';
import { oversightRoutes, oversightStartSections } from '../../oversight/web/routes.tsx';
import { presenceRoutes, presenceStartSections } from '../../presence/web/routes.tsx';
import { pupilModeLoginGuard, pupilModeRoutes, pupilTalksRoutes, pupilTalksStartSections } from '../../pupil-talks/web/routes.tsx';
import { teamsRoutes, teamsStartSections } from '../../teams/web/routes.tsx';
import { concernRoutes, concernStartSections } from '../../concern-reports/web/routes.tsx';
import { RequireLogin } from '../auth/web/RequireLogin.tsx';
import { authRoutes } from '../auth/web/routes.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './NotFound.tsx';
import { PageSuspense } from './PageSuspense.tsx';
import { RouteError } from './RouteError.tsx';
import { StartPage } from './StartPage.tsx';

/**
 * The start page's sections in the order a job reads them: a unit leader's team before the
 * bookings, a leader's review list before the deadlines, intake's reports before the referrals.
 */
const startSections = [
  ...teamsStartSections,
  ...presenceStartSections,
  ...oversightStartSections,
  ...concernStartSections,
  ...pupilTalksStartSections,
  ...consultationsStartSections,
  ...childrenStartSections,
];

/**
 * Every page of the app. A capability brings its own routes; the shell adds the frame and the
 * login gate. Only the login page and the not-found page are open to someone not logged in.
 * A capability's pages are fetched when first shown (its routes use lazyPage), so the first
 * page carries only the shell and the login.
 */
export function createRouter() {
  return createBrowserRouter([
    { element: <PageSuspense />, children: pupilModeRoutes },
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteError />,
          element: <PageSuspense />,
          children: [
            { element: pupilModeLoginGuard, children: authRoutes },
            {
              element: <RequireLogin />,
              children: [
                { index: true, element: <StartPage sections={startSections} /> },
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
