/** The calendar-feed and reminder tables (migration 0007) as Kysely sees them. */
import type { Generated } from 'kysely';

declare module '../kernel/db/tables.ts' {
  interface Tables {
    calendar_feed: CalendarFeedTable;
    reminder: ReminderTable;
  }
}


export interface CalendarFeedTable {
  staff_id: string;
  token_hash: string;
  created_at: Generated<Date>;
}

export type ReminderKind = 'booking' | 'meeting';

export interface ReminderTable {
  id: Generated<string>;
  kind: ReminderKind;
  subject_id: string;
  recipient_staff_id: string;
  due_at: Date;
  sent_at: Date | null;
  created_at: Generated<Date>;
}
