/** The activity log's page, one download: loaded the first time it is shown (see index.tsx). */
import './activity.css';
export { ActivityPage } from './ActivityPage.tsx';
