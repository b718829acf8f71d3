/**
 * What an activity in the network contact's log is: its kinds, the bounds of its minutes and
 * people (also checked by the database, migration 0025), and which days it may be dated.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';

/** What the contact did, beside consultations (issue 16's list). */
export const ACTIVITY_KINDS = ['staff_guidance', 'parent_meeting', 'classroom_session', 'outreach', 'team_meeting'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Five minutes is the shortest thing worth logging; a working day with travel is the longest. */
export const MINUTES = { min: 5, max: 720 } as const;
/** How many took part: one parent up to a whole school's assembly. */
export const PEOPLE = { min: 1, max: 500 } as const;
export const NOTE_MAX = 500;

/**
 * How far back an activity may be dated: a year, so a term's log can be caught up on, while a
 * typing slip (2016 for 2026) is refused instead of landing in another pilot's "before".
 */
export const DATE_WINDOW_DAYS = 365;

export type DateRefusal = 'in_future' | 'too_old';

/** Why an activity cannot be dated `day` when it is `today` where the unit is, or null when it can. */
export function activityDateRefusal(day: IsoDate, today: IsoDate): DateRefusal | null {
  if (day > today) return 'in_future';
  if (day < addDays(today, -DATE_WINDOW_DAYS)) return 'too_old';
  return null;
}
