/**
 * When a flag's first step is due: a guideline that asks for a meeting with the parents "within
 * one week" counts school days from the day the flag was raised (Ringsaker: five school days), so
 * an autumn break does not eat the week.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isClosed, type SchoolCalendar } from '../../time/school-calendar.ts';
import type { Trigger } from './guideline.ts';

/** The date the rule's meeting is due by, or null when the rule asks for no meeting. */
export function meetingDueOn(triggers: readonly Trigger[], raisedOn: IsoDate, calendar: SchoolCalendar): IsoDate | null {
  const meeting = triggers.find((t) => t.kind === 'meeting_with_parents');
  if (!meeting) return null;
  let date = raisedOn;
  for (let left = meeting.withinSchoolDays; left > 0; ) {
    date = addDays(date, 1);
    if (!isClosed(calendar, date)) left -= 1;
  }
  return date;
}
