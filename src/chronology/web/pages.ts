/** The chronology's part of the web, one download: loaded the first time the child page shows it. */
import './chronology.css';
export { ChildChronology } from './ChildChronology.tsx';
