/** The on-call capability's entry: the call log, the morning handover to intake, the cost statement and the noon message. */
import { mailerFromEnv } from '../calendar/index.ts';
import type { Capability } from '../kernel/capability.ts';
import { startNoonNoticeTimer } from './noon-notice.ts';
import { onCallRoutes } from './routes.ts';

export const onCall: Capability = {
  name: 'on-call',
  routes: onCallRoutes,
  jobs: (env) => {
    const mailer = mailerFromEnv(env);
    if (!mailer) return [{ name: 'on-call noon message', describe: "The leaders' noon message about handovers not taken over is off; set TIDLIG_SMTP_URL to send it." }];
    const publicUrl = env.TIDLIG_PUBLIC_URL?.trim() || undefined;
    return [
      {
        name: 'on-call noon message',
        describe: "The leaders' noon message about handovers not taken over is on.",
        start: (db, onError) => startNoonNoticeTimer(db, mailer, publicUrl, 60_000, onError),
      },
    ];
  },
};

/** Handles the concern reports' `reportReceived`: one received outside office hours goes in the night's log. */
export { noteReportOutsideOfficeHours } from './report-notice-repo.ts';
