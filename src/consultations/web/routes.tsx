import './consultations.css';
import type { RouteObject } from 'react-router';
import { ConsultationsPage } from './ConsultationsPage.tsx';
import { NewConsultationPage } from './NewConsultationPage.tsx';

/** The consultation pages: a unit's consultations, and recording a new one. */
export const consultationsRoutes: RouteObject[] = [
  { path: 'units/:unitId/consultations', element: <ConsultationsPage /> },
  { path: 'units/:unitId/consultations/new', element: <NewConsultationPage /> },
];
