import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const NightPage = lazyPage(pages, 'NightPage');
const NewCallPage = lazyPage(pages, 'NewCallPage');
const CallPage = lazyPage(pages, 'CallPage');
const HandoverPage = lazyPage(pages, 'HandoverPage');
const OverviewPage = lazyPage(pages, 'OverviewPage');
const StatementPage = lazyPage(pages, 'StatementPage');

/** The unit page's ways on to an on-call service's log and figures (a slot of the organisation's unit page). */
export const OnCallLinks = lazyPage(pages, 'OnCallLinks');
const HandoverWaiting = lazyPage(pages, 'HandoverWaiting');

/** The on-call pages: the night's log, logging a call, one call, intake's morning handover, the leader's figures and the monthly cost statement. */
export const onCallRoutes: RouteObject[] = [
  { path: 'units/:unitId/on-call', element: <NightPage /> },
  { path: 'units/:unitId/on-call/new', element: <NewCallPage /> },
  { path: 'units/:unitId/on-call/handover', element: <HandoverPage /> },
  { path: 'units/:unitId/on-call/overview', element: <OverviewPage /> },
  { path: 'units/:unitId/on-call/statement', element: <StatementPage /> },
  { path: 'on-call/calls/:callId', element: <CallPage /> },
];

/** On intake's and the leader's start page: the calls from the on-call service not yet taken over. */
export const onCallStartSections: StartSection[] = [{ key: 'handover', roles: ['intake_worker', 'leader'], Component: HandoverWaiting }];
