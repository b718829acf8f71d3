import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const AttendancePage = lazyPage(pages, 'AttendancePage');
const CasePage = lazyPage(pages, 'CasePage');
const GuidelinePage = lazyPage(pages, 'GuidelinePage');

/** The attendance page of a school (import, refused rows, flags), a pupil's follow-up case, and the municipality's guideline. */
export const attendanceRoutes: RouteObject[] = [
  { path: 'units/:unitId/attendance', element: <AttendancePage /> },
  { path: 'attendance/cases/:caseId', element: <CasePage /> },
  { path: 'attendance/guideline', element: <GuidelinePage /> },
];
