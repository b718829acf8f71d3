/**
 * E-mail reminders the day before a booking or a team meeting. The `reminder` table is the
 * durable queue, filled by reminder-queue.ts in the transaction that books or publishes.
 *
 * Delivery: the worker claims one due row with FOR UPDATE SKIP LOCKED, sets sent_at in that
 * same transaction, sends, and commits only after the SMTP server accepted the mail. So:
 *  - two workers (or two runs, or a restarted server) never hold or send the same row: it is
 *    locked while in flight and marked once committed, and a marked row is never picked again;
 *  - a failed send throws, the mark rolls back, and the next run retries (nothing is lost);
 *  - the one window left is a crash after the SMTP server accepted the mail but before the
 *    commit: then the row is still unsent and would go once more. Closing it fully would mean
 *    committing the mark before sending (true at-most-once) at the price of losing a reminder
 *    whenever a send fails; we prefer retrying failures and accept that millisecond window.
 *    On PGlite (one connection) the send runs inside the transaction, so keep the SMTP
 *    timeouts short.
 *
 * The mail says when, where (the unit) and with whom — never the booking's purpose (free
 * text), its topic, or anything about a child.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../kernel/db/database.ts';
import { LeaveForNextRun, workClaimedRows } from '../kernel/jobs/claimed-rows.ts';
import { startRepeating, type RepeatingJob } from '../kernel/jobs/repeating.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { bookingToRemind } from '../presence/index.ts';
import { meetingToRemind } from '../teams/index.ts';
import { localInstant } from '../time/zoned-instant.ts';
import type { ReminderKind } from './tables.ts';
import * as repo from './repo.ts';
import { TEXTS } from './texts.ts';
import { clock } from '../time/clock.ts';

export interface Mailer {
  transport: Pick<Transporter, 'sendMail'>;
  from: string;
  /** For the operator: the SMTP host and port, never the credentials. */
  describe?: string;
}

/** The SMTP mailer from TIDLIG_SMTP_URL and TIDLIG_MAIL_FROM, or undefined (reminders off). */
export function mailerFromEnv(env: NodeJS.ProcessEnv): Mailer | undefined {
  const url = env.TIDLIG_SMTP_URL?.trim();
  if (!url) return undefined;
  const parsed = new URL(url);
  return {
    // Short timeouts: on PGlite the send runs inside the claiming transaction.
    transport: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never),
    from: env.TIDLIG_MAIL_FROM?.trim() || `Tidlig <no-reply@${parsed.hostname || 'localhost'}>`,
    describe: `${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587')}`,
  };
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends every due, unsent reminder once; returns how many mails went out. A reminder whose
 * booking was cancelled, whose meeting is no longer published, or whose event has begun is
 * settled without a mail.
 */
export async function sendDueReminders(db: Db, mailer: Mailer, now = clock.now()): Promise<number> {
  // One row per transaction: claim (SKIP LOCKED) and mark, then send, then commit.
  const { results, left } = await workClaimedRows(db, {
    // A reminder whose send failed is left for the next run, and skipped for the rest of this one.
    claim: (trx, leftIds) => repo.claimDueReminder(trx, now, leftIds),
    work: async (trx, row) => {
      await repo.markReminderSent(trx, row.id, now);
      const mail = await composeMail(trx, row.kind, row.subject_id, row.recipient_staff_id, now);
      if (!mail) return 'settled' as const;
      try {
        await mailer.transport.sendMail({ from: mailer.from, ...mail });
      } catch (error) {
        // Thrown out of the transaction: the mark rolls back and the row stays due.
        throw new LeaveForNextRun(error);
      }
      return 'sent' as const;
    },
    job: 'reminders',
    // The event names what the mail reminds of: the booking or meeting, read with its people's addresses.
    audit: { action: 'read', resource: (row) => ({ type: row.kind === 'booking' ? 'booking' : 'team_meeting', id: row.subject_id }) },
  });
  const sent = results.filter((r) => r === 'sent').length;
  if (left.length > 0) {
    const first = left[0]!.error;
    throw new Error(`${left.length} reminder(s) could not be sent (${sent} sent): ${first instanceof Error ? first.message : String(first)}`, {
      cause: first,
    });
  }
  return sent;
}

async function composeMail(trx: Trx, kind: ReminderKind, subjectId: string, recipientId: string, now: Date): Promise<Mail | undefined> {
  const email = await repo.emailOfStaff(trx, recipientId);
  if (!email) return undefined;
  const t = TEXTS[await repo.localeOfStaff(trx, recipientId)];
  const event = kind === 'booking' ? await bookingToRemind(trx, subjectId) : await meetingToRemind(trx, subjectId);
  if (!event?.stands) return undefined;
  const what = kind === 'booking' ? t.booking : t.meeting;
  const { date, start, end, unitName, staffIds: others } = event;
  if (localInstant(date, start) <= now) return undefined;
  const otherIds = [...new Set(others)].filter((id) => id !== recipientId);
  const names = otherIds.length === 0 ? [] : await repo.namesOfStaff(trx, otherIds);
  const withWhom = names.map((n) => `${n.given_name} ${n.family_name}`).join(', ') || '–';
  return {
    to: email,
    subject: t.reminderSubject(what, date),
    text: t.reminderBody(what, `${date} ${start}–${end}`, unitName, withWhom),
  };
}

/** Runs the worker every `intervalMs` (unref'd, so it never keeps the process alive); stop() ends it. */
export function startReminderTimer(db: Db, mailer: Mailer, intervalMs = 60_000, onError: (e: unknown) => void = () => {}): RepeatingJob {
  return startRepeating(() => sendDueReminders(db, mailer), { name: 'reminders', intervalMs, onError });
}
