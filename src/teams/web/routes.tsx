import type { RouteObject } from 'react-router';
import { TeamPage } from './TeamPage.tsx';

/** The team pages: a unit's cross-sector team and this school year's meetings, read-only. */
export const teamsRoutes: RouteObject[] = [{ path: 'units/:unitId/team', element: <TeamPage /> }];
