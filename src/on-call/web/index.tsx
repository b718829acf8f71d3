import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const NightPage = lazyPage(pages, 'NightPage');
const NewCallPage = lazyPage(pages, 'NewCallPage');
const CallPage = lazyPage(pages, 'CallPage');
const HandoverPage = lazyPage(pages, 'HandoverPage');

/** The on-call pages: the night's log, logging a call, one call, and intake's morning handover. */
export const onCallRoutes: RouteObject[] = [
  { path: 'units/:unitId/on-call', element: <NightPage /> },
  { path: 'units/:unitId/on-call/new', element: <NewCallPage /> },
  { path: 'units/:unitId/on-call/handover', element: <HandoverPage /> },
  { path: 'on-call/calls/:callId', element: <CallPage /> },
];
