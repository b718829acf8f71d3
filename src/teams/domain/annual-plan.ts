/**
 * The cross-sector team's annual plan ("årshjul"): a unit's team (leader, family centre, child
 * welfare, PPT) meets on fixed dates through the school year. We propose the dates so the
 * leader only adjusts them, and carry unfinished action points from one meeting to the next
 * so nothing agreed is lost between minutes.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import type { ClockTime } from '../../time/clock-time.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import type { SchoolWeekday } from '../../time/recurrence.ts';
import { isClosed, type SchoolCalendar } from '../../time/school-calendar.ts';
import { schoolYearRange, type SchoolYear } from '../../time/school-year.ts';

/** When the team prefers to meet. */
export interface MeetingPreference {
  weekday: SchoolWeekday;
  start: ClockTime;
  end: ClockTime;
}

/** A proposed team meeting. */
export interface ProposedMeeting {
  date: IsoDate;
  start: ClockTime;
  end: ClockTime;
}

/** An action point agreed in a meeting's minutes. */
export interface ActionPoint {
  id: string;
  text: string;
  owner: string;
  due: IsoDate;
  status: 'open' | 'closed';
}

/** An open action point put on the next meeting's agenda; the database gives it its own id. */
export interface CarriedActionPoint extends Omit<ActionPoint, 'id'> {
  meetingId: string;
  carriedFromId: string;
}

/** Teaching weeks skipped at each end: the start and end of a school year are too busy to meet. */
const SKIPPED_WEEKS_AT_EACH_END = 2;

/**
 * `count` meeting dates for a school year, spread evenly over the usable weeks, in date order.
 *
 * Teaching weeks are the weeks (Monday–Sunday) of the school year with at least one open day;
 * the first and last two are skipped. Of the rest, the weeks whose preferred weekday is open
 * are candidates, and the meetings take the middle of `count` equal shares of them. Fewer
 * dates come back when there are fewer candidates than `count`. Deterministic.
 */
export function proposeMeetingDates(
  calendar: SchoolCalendar,
  schoolYear: SchoolYear,
  preference: MeetingPreference,
  count = 6,
  /** Only dates in this window (inclusive), e.g. from today when the year is under way. */
  within?: { from: IsoDate; to: IsoDate },
): ProposedMeeting[] {
  const candidates = candidateDates(calendar, schoolYear, preference.weekday).filter(
    (date) => !within || (within.from <= date && date <= within.to),
  );
  const wanted = Math.min(Math.max(0, Math.floor(count)), candidates.length);
  const meetings: ProposedMeeting[] = [];
  for (let share = 0; share < wanted; share += 1) {
    const date = candidates[Math.floor(((2 * share + 1) * candidates.length) / (2 * wanted))] as IsoDate;
    meetings.push({ date, start: preference.start, end: preference.end });
  }
  return meetings;
}

/** The preferred weekday of each teaching week, inside the school year, open, first and last two weeks left out. */
function candidateDates(calendar: SchoolCalendar, schoolYear: SchoolYear, weekday: SchoolWeekday): IsoDate[] {
  const range = schoolYearRange(schoolYear);
  const inYear = (date: IsoDate) => range.from <= date && date <= range.to;
  const teachingWeeks: IsoDate[] = [];
  for (let monday = addDays(range.from, 1 - isoWeekday(range.from)); monday <= range.to; monday = addDays(monday, 7)) {
    const days = [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset));
    if (days.some((day) => inYear(day) && !isClosed(calendar, day))) teachingWeeks.push(monday);
  }
  return teachingWeeks
    .slice(SKIPPED_WEEKS_AT_EACH_END, Math.max(SKIPPED_WEEKS_AT_EACH_END, teachingWeeks.length - SKIPPED_WEEKS_AT_EACH_END))
    .map((monday) => addDays(monday, weekday - 1))
    .filter((date) => inYear(date) && !isClosed(calendar, date));
}

/**
 * The action points of the previous meeting still open, re-attached to the next meeting with
 * their owner, due date and text unchanged and a link back; closed ones stay in the old
 * minutes. Order is kept as in the previous minutes.
 */
export function carryOverActions(previousActions: readonly ActionPoint[], nextMeetingId: string): CarriedActionPoint[] {
  return previousActions
    .filter((action) => action.status === 'open')
    .map(({ id, text, owner, due, status }) => ({ text, owner, due, status, meetingId: nextMeetingId, carriedFromId: id }));
}
