/**
 * The message to a municipality's leaders when a morning's handover is not taken over by noon
 * (the start page already flags it; this reaches a leader who is not looking). One row per
 * municipality and handover morning in `on_call_noon_notice`, queued when a call needing
 * follow-up is logged; the job claims a due row (FOR UPDATE SKIP LOCKED), marks it sent and
 * sends in the same transaction, so each handover's message goes once (see
 * calendar/reminders.ts for the one window left: a crash after the mail server accepted the
 * mail and before the commit). A handover all taken over by noon is settled without a mail.
 *
 * The mail holds no personal data: how many calls wait and a link to the handover page, where
 * the leader's access decides what they see.
 */
import { mailLocale, type Mailer, type MailLocale } from '../calendar/index.ts';
import type { Db } from '../kernel/db/database.ts';
import { LeaveForNextRun, workClaimedRows } from '../kernel/jobs/claimed-rows.ts';
import { startRepeating, type RepeatingJob } from '../kernel/jobs/repeating.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { clock } from '../time/clock.ts';
import * as repo from './repo.ts';
import type { CountryCode } from '../time/zone.ts';
import { handoverDateOf, handoverWindow, overdueAt } from './domain/handover.ts';

/** Queues the noon message of the handover a call needing follow-up goes to (once per municipality and morning). */
export async function queueNoonNotice(trx: Trx, municipalityId: string, receivedAt: Date, country: CountryCode): Promise<void> {
  const date = handoverDateOf(receivedAt, country);
  await repo.insertNoonNotice(trx, municipalityId, date, overdueAt(date, country));
}

const TEXTS: Record<MailLocale, { subject: (count: number) => string; body: (count: number, date: string, link: string) => string }> = {
  nb: {
    subject: (count) => `Overlevering fra barnevernvakta: ${count} ikke overtatt kl. 12`,
    body: (count, date, link) =>
      `Hei!\n\n${count} ${count === 1 ? 'henvendelse' : 'henvendelser'} fra barnevernvakta i overleveringen ${date} er ikke overtatt av mottaket kl. 12.\n\nSe overleveringen: ${link}\n\nHilsen Tidlig`,
  },
  nn: {
    subject: (count) => `Overlevering frå barnevernsvakta: ${count} ikkje overteke kl. 12`,
    body: (count, date, link) =>
      `Hei!\n\n${count} ${count === 1 ? 'førespurnad' : 'førespurnader'} frå barnevernsvakta i overleveringa ${date} er ikkje overteke av mottaket kl. 12.\n\nSjå overleveringa: ${link}\n\nHelsing Tidlig`,
  },
  da: {
    subject: (count) => `Overlevering fra børnevagten: ${count} ikke overtaget kl. 12`,
    body: (count, date, link) =>
      `Hej!\n\n${count} ${count === 1 ? 'henvendelse' : 'henvendelser'} fra børnevagten i overleveringen ${date} er ikke overtaget af modtagelsen kl. 12.\n\nSe overleveringen: ${link}\n\nVenlig hilsen Tidlig`,
  },
};

/**
 * Sends every due noon message once; answers how many mails went out. `publicUrl` is where
 * users reach Tidlig (TIDLIG_PUBLIC_URL); without it the link is the page's path alone.
 */
export async function sendNoonNotices(db: Db, mailer: Mailer, publicUrl: string | undefined, now = clock.now()): Promise<number> {
  const { results, left } = await workClaimedRows(db, {
    claim: (trx, leftIds) => repo.claimDueNoonNotice(trx, now, leftIds),
    work: async (trx, row) => {
      await repo.markNoonNoticeSent(trx, row.id, now);
      const mail = await composeMail(trx, row.municipality_id, row.handover_date, publicUrl, now);
      if (!mail) return 'settled' as const;
      try {
        await mailer.transport.sendMail({ from: mailer.from, ...mail });
      } catch (error) {
        throw new LeaveForNextRun(error);
      }
      return 'sent' as const;
    },
    job: 'handover noon notice',
    // The job counts the municipality's waiting calls and reads its leaders' addresses.
    audit: { action: 'read', resource: (row) => ({ type: 'on_call_handover', id: `${row.municipality_id}/${row.handover_date}` }) },
  });
  const sent = results.filter((r) => r === 'sent').length;
  if (left.length > 0) {
    const first = left[0]!.error;
    throw new Error(`${left.length} noon message(s) could not be sent (${sent} sent): ${first instanceof Error ? first.message : String(first)}`, { cause: first });
  }
  return sent;
}

async function composeMail(trx: Trx, municipalityId: string, date: string, publicUrl: string | undefined, now: Date) {
  const municipality = await repo.mailPlaceOfMunicipality(trx, municipalityId);
  const count = await repo.countCallsWaiting(trx, municipalityId, handoverWindow(date, municipality.country).to, now);
  if (count === 0) return undefined;
  const leaders = await repo.leadersToMail(trx, municipalityId);
  const to = [...new Set(leaders.map((l) => l.email!))];
  if (to.length === 0) return undefined;
  const t = TEXTS[mailLocale(municipality.own ?? municipality.countryLocale)];
  const link = `${(publicUrl ?? '').replace(/\/$/, '')}/units/${leaders[0]!.unitId}/on-call/handover`;
  return { to, subject: t.subject(count), text: t.body(count, date, link) };
}

/** Runs the job every `intervalMs` (unref'd, so it never keeps the process alive). */
export function startNoonNoticeTimer(db: Db, mailer: Mailer, publicUrl: string | undefined, intervalMs = 60_000, onError: (e: unknown) => void = () => {}): RepeatingJob {
  return startRepeating(() => sendNoonNotices(db, mailer, publicUrl), { name: 'handover noon notice', intervalMs, onError });
}
