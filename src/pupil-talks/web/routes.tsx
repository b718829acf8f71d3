import './pupil-talks.css';
import type { RouteObject } from 'react-router';
import { PupilModePage } from './PupilModePage.tsx';
import { PupilTalksPage } from './PupilTalksPage.tsx';
import { RecordTalkPage } from './RecordTalkPage.tsx';
import { TalkPage } from './TalkPage.tsx';

/** The staff pages of pupil talks, inside the app's frame and behind the login gate. */
export const pupilTalksRoutes: RouteObject[] = [
  { path: 'pupil-talks', element: <PupilTalksPage /> },
  { path: 'pupil-talks/units/:unitId/requests/:requestId', element: <RecordTalkPage /> },
  { path: 'pupil-talks/talks/:talkId', element: <TalkPage /> },
];

/** Pupil mode: a page of its own, outside the frame (no header, no menu) and outside the login gate. */
export const pupilModeRoutes: RouteObject[] = [{ path: 'pupil-mode', element: <PupilModePage /> }];
