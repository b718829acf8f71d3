/**
 * E-mail reminders the day before a booking or a team meeting. The `reminder` table is the
 * durable queue: rows are enqueued in the transaction that books or publishes, so they survive
 * a restart, and (kind, subject, recipient) is unique, so a retry enqueues nothing new.
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
import { localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { LeaveForNextRun, workClaimedRows } from '../kernel/jobs/claimed-rows.ts';
import { startRepeating, type RepeatingJob } from '../kernel/jobs/repeating.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { fromMinutes, toMinutes } from '../time/clock-time.ts';
import { localInstant } from '../time/zoned-instant.ts';
import type { ReminderKind } from './tables.ts';
import { localeOfStaff, TEXTS } from './texts.ts';
import { clock } from '../time/clock.ts';

/** When the reminder for an event on `date` goes out: 08:00 Norwegian time the day before. */
export function dueAtFor(date: string): Date {
  const dayBefore = new Date(localInstant(date, '12:00').getTime() - 24 * 3_600_000);
  return localInstant(localDate(dayBefore), '08:00');
}

async function enqueue(trx: Db | Trx, kind: ReminderKind, subjectId: string, date: string, recipients: string[]): Promise<void> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) return;
  await trx
    .insertInto('reminder')
    .values(unique.map((r) => ({ kind, subject_id: subjectId, recipient_staff_id: r, due_at: dueAtFor(date), sent_at: null })))
    .onConflict((oc) => oc.columns(['kind', 'subject_id', 'recipient_staff_id']).doNothing())
    .execute();
}

/** For a new booking: a reminder to the booker and one to the hour's contact. */
export async function enqueueBookingReminders(trx: Db | Trx, bookingId: string): Promise<void> {
  const row = await trx
    .selectFrom('booking as b')
    .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
    .select(['b.date', 'b.booked_by_staff_id', 'h.contact_staff_id'])
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
  if (row) await enqueue(trx, 'booking', bookingId, row.date, [row.booked_by_staff_id, row.contact_staff_id]);
}

/** A moved booking: its unsent reminders are queued afresh for the new date and hour's contact. */
export async function rescheduleBookingReminders(trx: Db | Trx, bookingId: string): Promise<void> {
  await trx.deleteFrom('reminder').where('kind', '=', 'booking').where('subject_id', '=', bookingId).where('sent_at', 'is', null).execute();
  await enqueueBookingReminders(trx, bookingId);
}

/** For published meetings: a reminder to each member of the unit's team. */
export async function enqueueMeetingReminders(trx: Db | Trx, meetingIds: string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  const meetings = await trx.selectFrom('team_meeting').select(['id', 'unit_id', 'date']).where('id', 'in', meetingIds).execute();
  for (const m of meetings) {
    const members = await trx.selectFrom('team_member').select('staff_id').where('unit_id', '=', m.unit_id).execute();
    await enqueue(trx, 'meeting', m.id, m.date, members.map((x) => x.staff_id));
  }
}

/** A moved meeting: its unsent reminders fall due the day before the new date. */
export async function rescheduleMeetingReminders(trx: Db | Trx, meetingId: string, date: string): Promise<void> {
  await trx
    .updateTable('reminder')
    .set({ due_at: dueAtFor(date) })
    .where('kind', '=', 'meeting')
    .where('subject_id', '=', meetingId)
    .where('sent_at', 'is', null)
    .execute();
}

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
    claim: (trx, leftIds) => {
      let claim = trx
        .selectFrom('reminder')
        .select(['id', 'kind', 'subject_id', 'recipient_staff_id'])
        .where('sent_at', 'is', null)
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .skipLocked();
      // A reminder whose send failed is left for the next run, and skipped for the rest of this one.
      if (leftIds.length > 0) claim = claim.where('id', 'not in', leftIds);
      return claim.executeTakeFirst();
    },
    work: async (trx, row) => {
      await trx.updateTable('reminder').set({ sent_at: now }).where('id', '=', row.id).execute();
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
  const recipient = await trx.selectFrom('staff').select('email').where('id', '=', recipientId).executeTakeFirst();
  if (!recipient?.email) return undefined;
  const t = TEXTS[await localeOfStaff(trx, recipientId)];
  let what: string;
  let date: string;
  let start: string;
  let end: string;
  let unitName: string;
  let others: string[];
  if (kind === 'booking') {
    const b = await trx
      .selectFrom('booking as b')
      .innerJoin('consultation_hour as h', 'h.id', 'b.consultation_hour_id')
      .innerJoin('unit as u', 'u.id', 'h.unit_id')
      .select(['b.status', 'b.date', 'b.start_time', 'h.slot_minutes', 'u.name as unit_name', 'b.booked_by_staff_id', 'h.contact_staff_id'])
      .where('b.id', '=', subjectId)
      .executeTakeFirst();
    if (!b || b.status !== 'booked') return undefined;
    what = t.booking;
    ({ date } = b);
    start = b.start_time;
    end = fromMinutes(toMinutes(b.start_time) + b.slot_minutes);
    unitName = b.unit_name;
    others = [b.booked_by_staff_id, b.contact_staff_id];
  } else {
    const m = await trx
      .selectFrom('team_meeting as m')
      .innerJoin('unit as u', 'u.id', 'm.unit_id')
      .select(['m.status', 'm.date', 'm.start_time', 'm.end_time', 'm.unit_id', 'u.name as unit_name'])
      .where('m.id', '=', subjectId)
      .executeTakeFirst();
    if (!m || m.status !== 'published') return undefined;
    what = t.meeting;
    ({ date } = m);
    start = m.start_time;
    end = m.end_time;
    unitName = m.unit_name;
    others = (await trx.selectFrom('team_member').select('staff_id').where('unit_id', '=', m.unit_id).execute()).map((x) => x.staff_id);
  }
  if (localInstant(date, start) <= now) return undefined;
  const otherIds = [...new Set(others)].filter((id) => id !== recipientId);
  const names =
    otherIds.length === 0
      ? []
      : await trx.selectFrom('staff').select(['given_name', 'family_name']).where('id', 'in', otherIds).orderBy('family_name').execute();
  const withWhom = names.map((n) => `${n.given_name} ${n.family_name}`).join(', ') || '–';
  return {
    to: recipient.email,
    subject: t.reminderSubject(what, date),
    text: t.reminderBody(what, `${date} ${start}–${end}`, unitName, withWhom),
  };
}

/** Runs the worker every `intervalMs` (unref'd, so it never keeps the process alive); stop() ends it. */
export function startReminderTimer(db: Db, mailer: Mailer, intervalMs = 60_000, onError: (e: unknown) => void = () => {}): RepeatingJob {
  return startRepeating(() => sendDueReminders(db, mailer), { intervalMs, onError });
}
