import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const ActivityPage = lazyPage(pages, 'ActivityPage');

/** The network contact's activity log. */
export const activityRoutes: RouteObject[] = [{ path: 'activity', element: <ActivityPage /> }];
