import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';

const pages = () => import('./pages.ts');
const MunicipalityListPage = lazyPage(pages, 'MunicipalityListPage');
const MunicipalityPage = lazyPage(pages, 'MunicipalityPage');
const UnitPage = lazyPage(pages, 'UnitPage');

/** The organisation pages: the overview of municipalities, a municipality's chart, a unit. */
export const organisationRoutes: RouteObject[] = [
  { path: 'organisation', element: <MunicipalityListPage /> },
  { path: 'organisation/:municipalityId', element: <MunicipalityPage /> },
  { path: 'units/:unitId', element: <UnitPage /> },
];

export { unitLinkSections, unitSections } from './slots.ts';
