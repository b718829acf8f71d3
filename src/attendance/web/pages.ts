/** The attendance page, one download: loaded the first time it is shown (see index.tsx). */
import './attendance.css';
export { AttendancePage } from './AttendancePage.tsx';
