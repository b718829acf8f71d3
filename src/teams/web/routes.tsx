import './teams.css';
import type { RouteObject } from 'react-router';
import { MeetingPage } from './MeetingPage.tsx';
import { TeamPage } from './TeamPage.tsx';

/** The team pages: a unit's cross-sector team and its year plan, and each meeting with agenda, minutes and action points. */
export const teamsRoutes: RouteObject[] = [
  { path: 'units/:unitId/team', element: <TeamPage /> },
  { path: 'units/:unitId/team/meetings/:meetingId', element: <MeetingPage /> },
];
