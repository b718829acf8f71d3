import './organisation.css';
import type { RouteObject } from 'react-router';
import { MunicipalityListPage } from './MunicipalityListPage.tsx';
import { MunicipalityPage } from './MunicipalityPage.tsx';
import { UnitPage } from './UnitPage.tsx';

/** The organisation pages; the overview of municipalities is also the app's start page. */
export const organisationRoutes: RouteObject[] = [
  { index: true, element: <MunicipalityListPage /> },
  { path: 'organisation', element: <MunicipalityListPage /> },
  { path: 'organisation/:municipalityId', element: <MunicipalityPage /> },
  { path: 'units/:unitId', element: <UnitPage /> },
];
