/**
 * The term's weekdays laid out as the calendar draws them: a row per ISO week, a place per
 * weekday (Monday first). A place before the term's first day or after today is empty.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isoWeek, isoWeekday } from '../../time/iso-dates.ts';

export interface TermWeek<Day> {
  monday: IsoDate;
  week: number;
  days: (Day | null)[];
}

export function termWeeks<Day extends { date: IsoDate }>(days: readonly Day[]): TermWeek<Day>[] {
  const weeks: TermWeek<Day>[] = [];
  for (const day of days) {
    const weekday = isoWeekday(day.date);
    const monday = addDays(day.date, 1 - weekday);
    let row = weeks.at(-1);
    if (row?.monday !== monday) {
      row = { monday, week: isoWeek(day.date).week, days: [null, null, null, null, null] };
      weeks.push(row);
    }
    row.days[weekday - 1] = day;
  }
  return weeks;
}

/** How dark a school day's cell is: 0 nothing missed, 1 up to a third of the day, 2 more, 3 the whole day. */
export function shadeOf(day: { minutes: number; wholeDay: boolean }, dayMinutes: number): 0 | 1 | 2 | 3 {
  if (day.wholeDay || day.minutes >= dayMinutes) return 3;
  if (day.minutes === 0) return 0;
  return 3 * day.minutes <= dayMinutes ? 1 : 2;
}
