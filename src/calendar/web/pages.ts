/** The calendar pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './calendar.css';
export { CalendarFeedPage } from './CalendarFeedPage.tsx';
