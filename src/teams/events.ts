/**
 * What teams tell the rest of Tidlig, inside the transaction that made the change (see
 * kernel/events.ts); the composition root chooses who listens (the calendar's reminders).
 */
import { defineEvent } from '../kernel/events.ts';

/** Proposed meetings were published: from now on the team expects them. */
export interface MeetingsPublished {
  meetingIds: string[];
}

/** A meeting moved to another date or time. */
export interface MeetingMoved {
  meetingId: string;
  date: string;
}

export const meetingsPublished = defineEvent<MeetingsPublished>();
export const meetingMoved = defineEvent<MeetingMoved>();
