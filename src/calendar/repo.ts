/** Queries of the calendar's own tables: the feeds' token hashes and the reminder queue. */
import type { Db } from '../kernel/db/database.ts';
import { clock } from '../time/clock.ts';
import type { ReminderKind } from './tables.ts';
import { mailLocale, type MailLocale } from './texts.ts';
import type { Trx } from '../kernel/policy/access.ts';

/** The person's one feed, made anew: the hash replaces any earlier one, which stops working. */
export async function replaceFeed(db: Db, staffId: string, tokenHash: string): Promise<void> {
  await db
    .insertInto('calendar_feed')
    .values({ staff_id: staffId, token_hash: tokenHash, created_at: clock.now() })
    .onConflict((oc) => oc.column('staff_id').doUpdateSet({ token_hash: tokenHash, created_at: clock.now() }))
    .execute();
}

export async function feedCreatedAt(db: Db, staffId: string): Promise<Date | undefined> {
  const row = await db.selectFrom('calendar_feed').select('created_at').where('staff_id', '=', staffId).executeTakeFirst();
  return row?.created_at;
}

/** True when there was a feed to delete. */
export async function deleteFeed(db: Db, staffId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feed').where('staff_id', '=', staffId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function ownerOfFeed(db: Db, tokenHash: string): Promise<string | undefined> {
  const row = await db.selectFrom('calendar_feed').select('staff_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.staff_id;
}

/** The role the owner's feed reads are audited under: the feed has no session, so no unit chosen. */
export function firstMembershipOf(db: Db, staffId: string) {
  return db.selectFrom('membership').select(['role', 'unit_id']).where('staff_id', '=', staffId).orderBy('id').executeTakeFirst();
}

/** Queues one reminder per recipient; one already queued for the same event and person stays as it is. */
export async function insertReminders(db: Db, kind: ReminderKind, subjectId: string, recipients: string[], dueAt: Date): Promise<void> {
  await db
    .insertInto('reminder')
    .values(recipients.map((r) => ({ kind, subject_id: subjectId, recipient_staff_id: r, due_at: dueAt, sent_at: null })))
    .onConflict((oc) => oc.columns(['kind', 'subject_id', 'recipient_staff_id']).doNothing())
    .execute();
}

export async function deleteUnsentReminders(db: Db, kind: ReminderKind, subjectId: string): Promise<void> {
  await db.deleteFrom('reminder').where('kind', '=', kind).where('subject_id', '=', subjectId).where('sent_at', 'is', null).execute();
}

export async function moveUnsentReminders(db: Db, kind: ReminderKind, subjectId: string, dueAt: Date): Promise<void> {
  await db
    .updateTable('reminder')
    .set({ due_at: dueAt })
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('sent_at', 'is', null)
    .execute();
}

/** The staff member's municipality's language (its own, else its country's). */
export async function localeOfStaff(db: Db, staffId: string): Promise<MailLocale> {
  const row = await db
    .selectFrom('staff as s')
    .innerJoin('municipality as m', 'm.id', 's.municipality_id')
    .innerJoin('country as c', 'c.code', 'm.country_code')
    .select(['m.default_locale as own', 'c.default_locale as country'])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
  return mailLocale(row?.own ?? row?.country);
}

/** One due, unsent reminder, locked FOR UPDATE SKIP LOCKED; never one of `leftIds` (left for the next run). */
export function claimDueReminder(trx: Trx, now: Date, leftIds: readonly string[]) {
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
  if (leftIds.length > 0) claim = claim.where('id', 'not in', leftIds);
  return claim.executeTakeFirst();
}

export async function markReminderSent(trx: Trx, id: string, now: Date): Promise<void> {
  await trx.updateTable('reminder').set({ sent_at: now }).where('id', '=', id).execute();
}

export async function emailOfStaff(db: Db, staffId: string): Promise<string | null | undefined> {
  return (await db.selectFrom('staff').select('email').where('id', '=', staffId).executeTakeFirst())?.email;
}

/** The names of these staff, by family name. */
export function namesOfStaff(db: Db, staffIds: string[]) {
  return db.selectFrom('staff').select(['given_name', 'family_name']).where('id', 'in', staffIds).orderBy('family_name').execute();
}
