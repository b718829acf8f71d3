/** The oversight pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './oversight.css';
export { AccessReportPage } from './AccessReportPage.tsx';
export { EmergencyReviewPage } from './EmergencyReviewPage.tsx';
export { ReviewsWaiting } from './ReviewsWaiting.tsx';
