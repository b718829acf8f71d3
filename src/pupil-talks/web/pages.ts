/** The pupil-talks pages, one download: loaded the first time one of them is shown (see routes.tsx). */
import './pupil-talks.css';
export { PupilModePage } from './PupilModePage.tsx';
export { PupilTalksPage } from './PupilTalksPage.tsx';
export { RecordTalkPage } from './RecordTalkPage.tsx';
export { TalkPage } from './TalkPage.tsx';
export { ReferralsWaiting } from './ReferralsWaiting.tsx';
export { WaitingRequests } from './WaitingRequests.tsx';
