/** The consultations pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './consultations.css';
export { ConsultationPage } from './ConsultationPage.tsx';
export { ConsultationsPage } from './ConsultationsPage.tsx';
export { NewConsultationPage } from './NewConsultationPage.tsx';
export { FollowUpsDue } from './FollowUpsDue.tsx';
export { ConsultationLinks } from './ConsultationLinks.tsx';
export { ChildConsentSection } from './ChildConsentSection.tsx';
