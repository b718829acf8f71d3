/** The pupil talks capability's entry: its routes and the deletion of old talks. */
import type { Capability } from '../kernel/capability.ts';
import { retentionDaysFromEnv, startRetentionTimer } from './retention.ts';
import { pupilTalkRoutes } from './routes.ts';

const HOURLY = 60 * 60_000;

export const pupilTalks: Capability = {
  name: 'pupil-talks',
  routes: pupilTalkRoutes,
  jobs: (env) => {
    const days = retentionDaysFromEnv(env);
    return [{ name: 'pupil talk retention', start: (db, onError) => startRetentionTimer(db, days, HOURLY, onError) }];
  },
};

export { deleteExpiredTalks, retentionDaysFromEnv } from './retention.ts';

/** What the chronology reads of the talks about a child, inside its own access transaction. */
export { talksAboutChild, type TalksAboutChild } from './talks-about-child.ts';

/** The use-cases other capabilities' tests tell (or do not tell) the parents of a talk with. */
export { draftNotice, recordNoticeGiven, withholdNotice } from './notice.ts';
export { readTalk } from './service.ts';

/** Handles the kernel's logout everywhere (wired in app/events.ts): the devices the person left in pupil mode stop too. */
export { endPupilModesOpenedBy } from './pupil-mode.ts';
