import type { RouteObject } from 'react-router';
import { lazyPage } from '../../kernel/ui/lazy-page.ts';
import type { StartSection } from '../../kernel/ui/StartPage.tsx';
import { StayInPupilMode } from './StayInPupilMode.tsx';

const pages = () => import('./pages.ts');
const PupilModePage = lazyPage(pages, 'PupilModePage');
const PupilTalksPage = lazyPage(pages, 'PupilTalksPage');
const RecordTalkPage = lazyPage(pages, 'RecordTalkPage');
const TalkPage = lazyPage(pages, 'TalkPage');
const ReferralsWaiting = lazyPage(pages, 'ReferralsWaiting');
const WaitingRequests = lazyPage(pages, 'WaitingRequests');

/** The staff pages of pupil talks, inside the app's frame and behind the login gate. */
export const pupilTalksRoutes: RouteObject[] = [
  { path: 'pupil-talks', element: <PupilTalksPage /> },
  { path: 'pupil-talks/units/:unitId/requests/:requestId', element: <RecordTalkPage /> },
  { path: 'pupil-talks/talks/:talkId', element: <TalkPage /> },
];

/** Pupil mode: a page of its own, outside the frame (no header, no menu) and outside the login gate. */
export const pupilModeRoutes: RouteObject[] = [{ path: 'pupil-mode', element: <PupilModePage /> }];

/** Pupil talks on the start page: the requests waiting for a network contact, the referrals waiting for intake. */
export const pupilTalksStartSections: StartSection[] = [
  { key: 'pupil-requests', roles: ['network_contact'], Component: WaitingRequests },
  { key: 'referrals', roles: ['intake_worker'], Component: ReferralsWaiting },
];

/** The login page's guard: a device in pupil mode returns to it instead (see StayInPupilMode). */
export const pupilModeLoginGuard = <StayInPupilMode />;
