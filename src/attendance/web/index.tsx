import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const AttendancePage = lazyPage(pages, 'AttendancePage');
const AttendanceStart = lazyPage(pages, 'AttendanceStart');

/** The attendance page of a school: import, refused rows, flags. */
export const attendanceRoutes: RouteObject[] = [{ path: 'units/:unitId/attendance', element: <AttendancePage /> }];

/** A link to the school's attendance on the start page of its leader and staff. */
export const attendanceStartSections: StartSection[] = [{ key: 'attendance', roles: ['unit_leader', 'staff'], Component: AttendanceStart }];
