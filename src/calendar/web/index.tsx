import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const CalendarFeedPage = lazyPage(pages, 'CalendarFeedPage');

/** The calendar pages: one's own calendar feed address. */
export const calendarRoutes: RouteObject[] = [{ path: 'calendar', element: <CalendarFeedPage /> }];
