/** The teams pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './teams.css';
export { MeetingPage } from './MeetingPage.tsx';
export { TeamPage } from './TeamPage.tsx';
export { MyTeams } from './MyTeams.tsx';
export { MyTeamsPage } from './MyTeamsPage.tsx';
