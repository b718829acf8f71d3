import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const RotaPage = lazyPage(pages, 'RotaPage');
const PlanPage = lazyPage(pages, 'PlanPage');
const MyShiftsPage = lazyPage(pages, 'MyShiftsPage');
const NextShifts = lazyPage(pages, 'NextShifts');

/** On an evening team's or on-call service's unit page: the way to its rota (a slot of the organisation's unit page). */
export const RotaLinks = lazyPage(pages, 'RotaLinks');

/** The rota pages: a service's rota and plans, one plan, and a worker's own shifts. */
export const rotaRoutes: RouteObject[] = [
  { path: 'units/:unitId/rota', element: <RotaPage /> },
  { path: 'rota/plans/:planId', element: <PlanPage /> },
  { path: 'rota/mine', element: <MyShiftsPage /> },
];

/** On the on-call worker's start page: their next shifts. */
export const rotaStartSections: StartSection[] = [{ key: 'shifts', roles: ['on_call_worker'], Component: NextShifts }];
