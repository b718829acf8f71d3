import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const AccessReportPage = lazyPage(pages, 'AccessReportPage');
const EmergencyReviewPage = lazyPage(pages, 'EmergencyReviewPage');
const ReviewsWaiting = lazyPage(pages, 'ReviewsWaiting');

/** The leader's pages: emergency accesses to review, and who has accessed a child's record. */
export const oversightRoutes: RouteObject[] = [
  { path: 'oversight/emergency-access', element: <EmergencyReviewPage /> },
  { path: 'children/:childId/access-report', element: <AccessReportPage /> },
];

/** Oversight on the start page: the leader's emergency accesses to review. */
export const oversightStartSections: StartSection[] = [{ key: 'reviews', roles: ['leader'], Component: ReviewsWaiting }];
