/** Where the pupil talk pages live, and the API they use. Addresses carry ids only, never a pupil's name. */
import { loginPathFor } from '../../kernel/auth/web/paths.ts';

export const pupilTalksPath = '/pupil-talks';
export const pupilModePath = '/pupil-mode';
/** Marks the login page as reached by pupil mode's staff link, the one way from pupil mode to the login page. */
export const STAFF_EXIT_PARAM = 'staff';
export const staffExitPath = `${loginPathFor(pupilTalksPath)}&${STAFF_EXIT_PARAM}=1`;
export const recordTalkPath = (unitId: string, requestId: string) => `/pupil-talks/units/${unitId}/requests/${requestId}`;
export const talkPath = (talkId: string) => `/pupil-talks/talks/${talkId}`;

export const api = {
  openPupilMode: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/pupil-mode`,
  pupilMode: '/api/pupil-mode',
  pupilModeRequests: '/api/pupil-mode/requests',
  registerRequest: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/pupil-requests`,
  unitTalks: (unitId: string) => `/api/units/${encodeURIComponent(unitId)}/pupil-talks`,
  recordTalk: (requestId: string) => `/api/pupil-requests/${encodeURIComponent(requestId)}/talk`,
  talk: (talkId: string) => `/api/pupil-talks/${encodeURIComponent(talkId)}`,
  notice: (talkId: string) => `/api/pupil-talks/${encodeURIComponent(talkId)}/notice`,
  noticeGiven: (talkId: string) => `/api/pupil-talks/${encodeURIComponent(talkId)}/notice/given`,
  withhold: (talkId: string) => `/api/pupil-talks/${encodeURIComponent(talkId)}/withhold`,
  referrals: (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/pupil-referrals`,
};
