import './consultations.css';
import type { RouteObject } from 'react-router';
import { ConsultationPage } from './ConsultationPage.tsx';
import { ConsultationsPage } from './ConsultationsPage.tsx';
import { NewConsultationPage } from './NewConsultationPage.tsx';

/** The consultation pages: a unit's consultations, recording a new one, and reading and editing one. */
export const consultationsRoutes: RouteObject[] = [
  { path: 'units/:unitId/consultations', element: <ConsultationsPage /> },
  { path: 'units/:unitId/consultations/new', element: <NewConsultationPage /> },
  { path: 'units/:unitId/consultations/:consultationId', element: <ConsultationPage /> },
];
