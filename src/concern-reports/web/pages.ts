/** The concern-reports pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './concerns.css';
export { AssistantPage, NewReportPage } from './AssistantPage.tsx';
export { DeadlinesPage } from './DeadlinesPage.tsx';
export { IntakePage } from './IntakePage.tsx';
export { MyReportsPage } from './MyReportsPage.tsx';
export { ReceivedReportPage } from './ReceivedReportPage.tsx';
export { ServiceNumbersPage } from './ServiceNumbersPage.tsx';
export { IntakeByDeadline } from './IntakeByDeadline.tsx';
export { LeaderDeadlines } from './LeaderDeadlines.tsx';
export { MyReportsAtGlance } from './MyReportsAtGlance.tsx';
export { ReportCounts } from './ReportCounts.tsx';
export { FromConsultation } from './FromConsultation.tsx';
