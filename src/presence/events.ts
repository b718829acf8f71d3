/**
 * What presence tells the rest of Tidlig, inside the transaction that made the change (see
 * kernel/events.ts); the composition root chooses who listens (the calendar's reminders).
 */
import { defineEvent } from '../kernel/events.ts';

/** A slot was booked. */
export interface BookingMade {
  bookingId: string;
}

/** A booking moved to another slot, perhaps another contact's hour. */
export interface BookingMoved {
  bookingId: string;
}

export const bookingMade = defineEvent<BookingMade>();
export const bookingMoved = defineEvent<BookingMoved>();
