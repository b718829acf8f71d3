import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const AttendancePage = lazyPage(pages, 'AttendancePage');

/** The attendance page of a school: import, refused rows, flags. */
export const attendanceRoutes: RouteObject[] = [{ path: 'units/:unitId/attendance', element: <AttendancePage /> }];
