/** Queries of the calendar's own tables: the feeds' token hashes and the reminder queue. */
import type { Db } from '../kernel/db/database.ts';
import { clock } from '../time/clock.ts';
import type { ReminderKind } from './tables.ts';

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
