import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const ConsultationPage = lazyPage(pages, 'ConsultationPage');
const ConsultationsPage = lazyPage(pages, 'ConsultationsPage');
const NewConsultationPage = lazyPage(pages, 'NewConsultationPage');
const FollowUpsDue = lazyPage(pages, 'FollowUpsDue');

/** The consultation pages: a unit's consultations, recording a new one, and reading and editing one. */
export const consultationsRoutes: RouteObject[] = [
  { path: 'units/:unitId/consultations', element: <ConsultationsPage /> },
  { path: 'units/:unitId/consultations/new', element: <NewConsultationPage /> },
  { path: 'units/:unitId/consultations/:consultationId', element: <ConsultationPage /> },
];

/** Consultations on the start page: the follow-ups a network contact owns. */
export const consultationsStartSections: StartSection[] = [{ key: 'follow-ups', roles: ['network_contact'], Component: FollowUpsDue }];

export { consultationNextSteps } from './slots.ts';

/** The unit page's links to its consultations (a section for organisation's unit page). */
export const ConsultationLinks = lazyPage(pages, 'ConsultationLinks');

/** The child page's consents (a section for children's child page). */
export const ChildConsentSection = lazyPage(pages, 'ChildConsentSection');
