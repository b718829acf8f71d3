import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const AttendancePage = lazyPage(pages, 'AttendancePage');
const CasePage = lazyPage(pages, 'CasePage');
const GuidelinePage = lazyPage(pages, 'GuidelinePage');
const MunicipalityFunnelPage = lazyPage(pages, 'MunicipalityFunnelPage');

/** The attendance page of a school (import, refused rows, flags), a pupil's follow-up case, the municipality's guideline, and its funnel for leaders. */
export const attendanceRoutes: RouteObject[] = [
  { path: 'units/:unitId/attendance', element: <AttendancePage /> },
  { path: 'attendance/cases/:caseId', element: <CasePage /> },
  { path: 'attendance/guideline', element: <GuidelinePage /> },
  { path: 'attendance/funnel', element: <MunicipalityFunnelPage /> },
];
