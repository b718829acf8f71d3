import './calendar.css';
import type { RouteObject } from 'react-router';
import { CalendarFeedPage } from './CalendarFeedPage.tsx';

/** The calendar pages: one's own calendar feed address. */
export const calendarRoutes: RouteObject[] = [{ path: 'calendar', element: <CalendarFeedPage /> }];
