import { createBrowserRouter } from 'react-router';
import { activityRoutes } from '../../activity/web/index.tsx';
import { attendanceRoutes } from '../../attendance/web/index.tsx';
import { calendarRoutes } from '../../calendar/web/index.tsx';
import { childrenRoutes, childrenStartSections } from '../../children/web/index.tsx';
import { consultationsRoutes, consultationsStartSections } from '../../consultations/web/index.tsx';
import { evaluationRoutes } from '../../evaluation/web/index.tsx';
import { organisationRoutes } from '../../organisation/web/index.tsx';
import { oversightRoutes, oversightStartSections } from '../../oversight/web/index.tsx';
import { presenceRoutes, presenceStartSections } from '../../presence/web/index.tsx';
import { pupilModeLoginGuard, pupilModeRoutes, pupilTalksRoutes, pupilTalksStartSections } from '../../pupil-talks/web/index.tsx';
import { teamsRoutes, teamsStartSections } from '../../teams/web/index.tsx';
import { concernRoutes, concernStartSections } from '../../concern-reports/web/index.tsx';
import { onCallRoutes, onCallStartSections } from '../../on-call/web/index.tsx';
import { rotaRoutes, rotaStartSections } from '../../rota/web/index.tsx';
import { RequireLogin } from '../../kernel/auth/web/RequireLogin.tsx';
import { authRoutes } from '../../kernel/auth/web/routes.tsx';
import { Layout } from '../../kernel/ui/Layout.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageSuspense } from '../../kernel/ui/PageSuspense.tsx';
import { RouteError } from '../../kernel/ui/RouteError.tsx';
import { StartPage } from '../../kernel/ui/StartPage.tsx';

/**
 * The start page's sections in the order a job reads them: a unit leader's team before the
 * bookings, a leader's review list before the night's handover and the deadlines, intake's
 * reports before the referrals.
 */
const startSections = [
  ...teamsStartSections,
  ...presenceStartSections,
  ...oversightStartSections,
  ...onCallStartSections,
  ...rotaStartSections,
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
                ...evaluationRoutes,
                ...presenceRoutes,
                ...teamsRoutes,
                ...calendarRoutes,
                ...pupilTalksRoutes,
                ...consultationsRoutes,
                ...concernRoutes,
                ...onCallRoutes,
                ...rotaRoutes,
                ...attendanceRoutes,
                ...activityRoutes,
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ]);
}
