import './oversight.css';
import type { RouteObject } from 'react-router';
import { AccessReportPage } from './AccessReportPage.tsx';
import { EmergencyReviewPage } from './EmergencyReviewPage.tsx';

/** The leader's pages: emergency accesses to review, and who has accessed a child's record. */
export const oversightRoutes: RouteObject[] = [
  { path: 'oversight/emergency-access', element: <EmergencyReviewPage /> },
  { path: 'children/:childId/access-report', element: <AccessReportPage /> },
];
