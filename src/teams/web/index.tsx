import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';

const pages = () => import('./pages.ts');
const MeetingPage = lazyPage(pages, 'MeetingPage');
const TeamPage = lazyPage(pages, 'TeamPage');
const MyTeams = lazyPage(pages, 'MyTeams');
const MyTeamsPage = lazyPage(pages, 'MyTeamsPage');

/** The team pages: one's own teams, a unit's cross-sector team and its year plan, and each meeting with agenda, minutes and action points. */
export const teamsRoutes: RouteObject[] = [
  { path: 'teams', element: <MyTeamsPage /> },
  { path: 'units/:unitId/team', element: <TeamPage /> },
  { path: 'units/:unitId/team/meetings/:meetingId', element: <MeetingPage /> },
];

/** Teams on the start page: the next meeting and open action points of the teams one leads or sits on. */
export const teamsStartSections: StartSection[] = [{ key: 'teams', roles: ['unit_leader', 'partner'], Component: MyTeams }];
