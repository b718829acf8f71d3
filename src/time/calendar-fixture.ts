/**
 * Test calendars for 2026/27 shared by this folder's tests: an Oslo-like Norwegian one (the
 * holiday proposal, confirmed, plus a planning day) and a Danish one with Danish weeks, and
 * a fast-check arbitrary for any calendar, so properties are not tied to one municipality.
 */
import fc from 'fast-check';
import { addDays } from './dates.ts';
import type { SchoolCalendar } from './school-calendar.ts';

/** Oslo 2026/27: summer to 16 Aug, autumn wk 40, Christmas 21 Dec–2 Jan, winter wk 8, Easter 21–29 Mar, summer from 20 Jun; planning day 4 Jan. */
export const oslo: SchoolCalendar = {
  country: 'NO',
  holidays: [
    { from: '2026-08-01', to: '2026-08-16', label: 'Sommerferie' },
    { from: '2026-09-28', to: '2026-10-02', label: 'Høstferie' },
    { from: '2026-12-21', to: '2027-01-02', label: 'Juleferie' },
    { from: '2027-02-22', to: '2027-02-26', label: 'Vinterferie' },
    { from: '2027-03-21', to: '2027-03-29', label: 'Påskeferie' },
    { from: '2027-06-20', to: '2027-07-31', label: 'Sommerferie' },
  ],
  closedDays: ['2027-01-04'],
};

/** A Danish municipality 2026/27: efterårsferie wk 42, juleferie, vinterferie wk 7, påskeferie, sommerferie. */
export const jammerbugt: SchoolCalendar = {
  country: 'DK',
  holidays: [
    { from: '2026-08-01', to: '2026-08-09', label: 'Sommerferie' },
    { from: '2026-10-12', to: '2026-10-16', label: 'Efterårsferie' },
    { from: '2026-12-21', to: '2027-01-03', label: 'Juleferie' },
    { from: '2027-02-15', to: '2027-02-19', label: 'Vinterferie' },
    { from: '2027-03-20', to: '2027-03-29', label: 'Påskeferie' },
    { from: '2027-06-26', to: '2027-07-31', label: 'Sommerferie' },
  ],
};

/** A calendar with public holidays only. */
export const bare = (country: 'NO' | 'DK'): SchoolCalendar => ({ country, holidays: [] });

/** A date from 2025 to 2028, the years these rules are exercised on. */
export const anyDate = fc.integer({ min: 0, max: 4 * 366 }).map((offset) => addDays('2025-01-01', offset));

/** Any calendar: either country, up to four random holiday periods and a few closed days. */
export const anyCalendar: fc.Arbitrary<SchoolCalendar> = fc.record({
  country: fc.constantFrom('NO' as const, 'DK' as const),
  holidays: fc.array(
    fc.tuple(anyDate, fc.integer({ min: 0, max: 40 })).map(([from, days]) => ({ from, to: addDays(from, days), label: 'x' })),
    { maxLength: 4 },
  ),
  closedDays: fc.array(anyDate, { maxLength: 5 }),
});
