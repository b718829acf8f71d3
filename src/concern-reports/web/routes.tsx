import './concerns.css';
import type { RouteObject } from 'react-router';
import { AssistantPage } from './AssistantPage.tsx';
import { DeadlinesPage } from './DeadlinesPage.tsx';
import { IntakePage } from './IntakePage.tsx';
import { MyReportsPage } from './MyReportsPage.tsx';
import { ReceivedReportPage } from './ReceivedReportPage.tsx';

/** The concern report pages: the reporter's list and assistant, intake's queue and report, the leader's deadlines. */
export const concernRoutes: RouteObject[] = [
  { path: 'concern-reports', element: <MyReportsPage /> },
  { path: 'concern-reports/drafts/:draftId', element: <AssistantPage /> },
  { path: 'concern-reports/intake', element: <IntakePage /> },
  { path: 'concern-reports/received/:reportId', element: <ReceivedReportPage /> },
  { path: 'concern-reports/deadlines', element: <DeadlinesPage /> },
];
