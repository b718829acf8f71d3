/** The calendar capability's entry: the feed's routes, the reminder mails, and the handlers that queue them. */
import type { Capability } from '../kernel/capability.ts';
import { mailerFromEnv, startReminderTimer } from './reminders.ts';
import { calendarRoutes } from './routes.ts';

export const calendar: Capability = {
  name: 'calendar',
  routes: calendarRoutes,
  jobs: (env) => {
    const mailer = mailerFromEnv(env);
    if (!mailer) return [{ name: 'reminders', describe: 'E-mail reminders are off; set TIDLIG_SMTP_URL (and TIDLIG_MAIL_FROM) to send them.' }];
    return [
      {
        name: 'reminders',
        describe: `E-mail reminders are on (SMTP ${mailer.describe}).`,
        // The queue is the reminder table, so a restart picks up whatever fell due meanwhile.
        start: (db, onError) => startReminderTimer(db, mailer, 60_000, onError),
      },
    ];
  },
};

export { reminderHandlers } from './reminder-queue.ts';
/** The SMTP mailer, for other capabilities' mail jobs (the on-call service's noon message). */
export { mailerFromEnv, type Mailer } from './reminders.ts';
export { localeOfStaff } from './repo.ts';
export { mailLocale, type MailLocale } from './texts.ts';
