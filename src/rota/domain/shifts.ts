/**
 * Shift templates expanded into the concrete shifts of a period, each an interval of instants in
 * the country's zone (so a night across a daylight-saving change is 11 or 13 hours, as worked),
 * with what the rules and the fairness goals need to know about it.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { isoWeekday } from '../../time/iso-dates.ts';
import { isPublicHoliday } from '../../time/public-holidays.ts';
import { timeZoneOf } from '../../time/zone.ts';
import { localInstant } from '../../time/zoned-instant.ts';
import type { DayKind, RotaProblem, ShiftKind, ShiftTemplate } from '../schema.ts';
import { NIGHT } from './rules.ts';

export const HOUR = 3_600_000;
const WEEKDAY_KINDS: readonly DayKind[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface Shift {
  /** `<template id>@<date>`: stable across solves, readable in a file. */
  id: string;
  template: string;
  name: string;
  kind: ShiftKind;
  date: IsoDate;
  /** Day of the period (0 = the first Monday) and ISO week of the period (0-based). */
  day: number;
  week: number;
  start: number;
  end: number;
  /** Hours that count as working time (all of them, or the home on-call share). */
  workHours: number;
  nightHours: number;
  night: boolean;
  weekend: boolean;
  holiday: boolean;
  min: number;
  wanted: number;
  needsExperienced: boolean;
}

/** The templates that apply on a date: a public holiday's own templates when there are any, else the weekday's. */
export function templatesOn(problem: Pick<RotaProblem, 'country' | 'templates'>, date: IsoDate): ShiftTemplate[] {
  const holidayTemplates = problem.templates.filter((t) => t.days.includes('holiday'));
  if (holidayTemplates.length > 0 && isPublicHoliday(problem.country, date)) return holidayTemplates;
  const kind = WEEKDAY_KINDS[isoWeekday(date) - 1]!;
  return problem.templates.filter((t) => t.days.includes(kind));
}

export function expandShifts(problem: RotaProblem): Shift[] {
  const zone = timeZoneOf(problem.country);
  const shifts: Shift[] = [];
  for (let day = 0; day < problem.weeks * 7; day++) {
    const date = addDays(problem.from, day);
    for (const template of templatesOn(problem, date)) {
      const start = localInstant(date, template.start, zone).getTime();
      const endDate = template.end <= template.start ? addDays(date, 1) : date;
      const end = localInstant(endDate, template.end, zone).getTime();
      const nightHours = nightOverlapHours(start, end, date, zone);
      const share = template.kind === 'home_on_call' ? problem.rules.homeOnCallShare : 1;
      shifts.push({
        id: `${template.id}@${date}`,
        template: template.id,
        name: template.name,
        kind: template.kind,
        date,
        day,
        week: Math.floor(day / 7),
        start,
        end,
        workHours: ((end - start) / HOUR) * share,
        nightHours,
        night: nightHours >= NIGHT.minHours,
        weekend: isoWeekday(date) >= 6,
        holiday: isPublicHoliday(problem.country, date),
        min: template.min,
        wanted: template.wanted,
        needsExperienced: template.needsExperienced,
      });
    }
  }
  return shifts;
}

/** Hours of [start, end) inside 21:00–06:00 of the night before the date, of the date and of the next. */
function nightOverlapHours(start: number, end: number, date: IsoDate, zone: string): number {
  let total = 0;
  for (const offset of [-1, 0, 1]) {
    const nightStart = localInstant(addDays(date, offset), NIGHT.start, zone).getTime();
    const nightEnd = localInstant(addDays(date, offset + 1), NIGHT.end, zone).getTime();
    total += overlap(start, end, nightStart, nightEnd);
  }
  return total / HOUR;
}

export function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

/** Local midnight starting each ISO week of the period, and the one after the last. */
export function weekStarts(problem: Pick<RotaProblem, 'country' | 'from' | 'weeks'>): number[] {
  const zone = timeZoneOf(problem.country);
  return Array.from({ length: problem.weeks + 1 }, (_, w) => localInstant(addDays(problem.from, 7 * w), '00:00', zone).getTime());
}

/** § 10-10's Sunday: Saturday 18:00 to Sunday 22:00 of each week of the period. */
export function sundayWindows(problem: Pick<RotaProblem, 'country' | 'from' | 'weeks'>): { start: number; end: number }[] {
  const zone = timeZoneOf(problem.country);
  return Array.from({ length: problem.weeks }, (_, w) => ({
    start: localInstant(addDays(problem.from, 7 * w + 5), '18:00', zone).getTime(),
    end: localInstant(addDays(problem.from, 7 * w + 6), '22:00', zone).getTime(),
  }));
}
