/** The calendar feed API's shapes, shared by the server and the My calendar page. */
import { z } from 'zod';

export const calendarFeedSchema = z.object({
  /** The secret feed URL; shown once, only its hash is kept. */
  url: z.string(),
});

/** Whether the caller has a feed, and since when: the URL itself cannot be shown again. */
export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
