import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const AssistantPage = lazyPage(pages, 'AssistantPage');
const NewReportPage = lazyPage(pages, 'NewReportPage');
const DeadlinesPage = lazyPage(pages, 'DeadlinesPage');
const IntakePage = lazyPage(pages, 'IntakePage');
const MyReportsPage = lazyPage(pages, 'MyReportsPage');
const ReceivedReportPage = lazyPage(pages, 'ReceivedReportPage');
const ServiceNumbersPage = lazyPage(pages, 'ServiceNumbersPage');
const IntakeByDeadline = lazyPage(pages, 'IntakeByDeadline');
const LeaderDeadlines = lazyPage(pages, 'LeaderDeadlines');
const MyReportsAtGlance = lazyPage(pages, 'MyReportsAtGlance');
const ReportCounts = lazyPage(pages, 'ReportCounts');

/** The concern report pages: the reporter's list and assistant, intake's queue and report, the leader's deadlines, the administrator's service numbers. */
export const concernRoutes: RouteObject[] = [
  { path: 'concern-reports', element: <MyReportsPage /> },
  { path: 'concern-reports/new', element: <NewReportPage /> },
  { path: 'concern-reports/drafts/:draftId', element: <AssistantPage /> },
  { path: 'concern-reports/intake', element: <IntakePage /> },
  { path: 'concern-reports/received/:reportId', element: <ReceivedReportPage /> },
  { path: 'concern-reports/deadlines', element: <DeadlinesPage /> },
  { path: 'concern-reports/service-numbers', element: <ServiceNumbersPage /> },
];

/** Concern reports on the start page: the reporter's drafts and feedback, intake's reports by deadline, the leader's deadlines and counts. */
export const concernStartSections: StartSection[] = [
  { key: 'my-reports', roles: ['staff', 'unit_leader'], Component: MyReportsAtGlance },
  { key: 'intake', roles: ['intake_worker'], Component: IntakeByDeadline },
  { key: 'deadlines', roles: ['leader'], Component: LeaderDeadlines },
  { key: 'counts', roles: ['leader'], Component: ReportCounts },
];

/** Starting a concern report from a consultation (a next step on consultations' pages). */
export const FromConsultation = lazyPage(pages, 'FromConsultation');
