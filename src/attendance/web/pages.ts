/** The attendance pages, one download: loaded the first time one is shown (see index.tsx). */
import './attendance.css';
export { AttendancePage } from './AttendancePage.tsx';
export { CasePage } from './CasePage.tsx';
export { GuidelinePage } from './GuidelinePage.tsx';
export { MunicipalityFunnelPage } from './MunicipalityFunnelPage.tsx';
