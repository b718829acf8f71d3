/**
 * Queueing the e-mail reminders the day before a booking or a team meeting (sent by
 * reminders.ts). Presence and teams publish what happened; the composition root hands those
 * events here, in the transaction that booked or published, so the reminders land or roll back
 * with it and survive a restart. (kind, subject, recipient) is unique: a retry queues nothing new.
 */
import type { Db } from '../kernel/db/database.ts';
import { bookingToRemind, type BookingMade, type BookingMoved } from '../presence/index.ts';
import { meetingToRemind, type MeetingMoved, type MeetingsPublished } from '../teams/index.ts';
import { localDate } from '../time/dates.ts';
import { localInstant } from '../time/zoned-instant.ts';
import * as repo from './repo.ts';
import type { ReminderKind } from './tables.ts';

/** When the reminder for an event on `date` goes out: 08:00 Norwegian time the day before. */
export function dueAtFor(date: string): Date {
  const dayBefore = new Date(localInstant(date, '12:00').getTime() - 24 * 3_600_000);
  return localInstant(localDate(dayBefore), '08:00');
}

async function enqueue(db: Db, kind: ReminderKind, subjectId: string, date: string, recipients: string[]): Promise<void> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) return;
  await repo.insertReminders(db, kind, subjectId, unique, dueAtFor(date));
}

/** For a new booking: a reminder to the booker and one to the hour's contact. */
export async function enqueueBookingReminders(db: Db, bookingId: string): Promise<void> {
  const booking = await bookingToRemind(db, bookingId);
  if (booking) await enqueue(db, 'booking', bookingId, booking.date, booking.staffIds);
}

/** A moved booking: its unsent reminders are queued afresh for the new date and hour's contact. */
export async function rescheduleBookingReminders(db: Db, bookingId: string): Promise<void> {
  await repo.deleteUnsentReminders(db, 'booking', bookingId);
  await enqueueBookingReminders(db, bookingId);
}

/** For published meetings: a reminder to each member of the unit's team. */
export async function enqueueMeetingReminders(db: Db, meetingIds: string[]): Promise<void> {
  for (const id of meetingIds) {
    const meeting = await meetingToRemind(db, id);
    if (meeting) await enqueue(db, 'meeting', id, meeting.date, meeting.staffIds);
  }
}

/** A moved meeting: its unsent reminders fall due the day before the new date. */
export async function rescheduleMeetingReminders(db: Db, meetingId: string, date: string): Promise<void> {
  await repo.moveUnsentReminders(db, 'meeting', meetingId, dueAtFor(date));
}

/** The handlers the composition root gives presence's and teams' events. */
export const reminderHandlers = {
  bookingMade: (db: Db, { bookingId }: BookingMade) => enqueueBookingReminders(db, bookingId),
  bookingMoved: (db: Db, { bookingId }: BookingMoved) => rescheduleBookingReminders(db, bookingId),
  meetingsPublished: (db: Db, { meetingIds }: MeetingsPublished) => enqueueMeetingReminders(db, meetingIds),
  meetingMoved: (db: Db, { meetingId, date }: MeetingMoved) => rescheduleMeetingReminders(db, meetingId, date),
};
