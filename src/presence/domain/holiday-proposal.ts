/**
 * A first draft of a Norwegian school year's holidays, for a municipality to edit rather than
 * type from scratch. It is a *proposal*: holidays are decided locally (Oslo has autumn break in
 * week 40, many counties in week 41; winter break is week 8 or 9), so nothing here is ever
 * applied without a person confirming it.
 */
import { addDays, type IsoDate } from '../../time/dates.ts';
import { easterSunday } from '../../time/public-holidays.ts';
import { mondayOfIsoWeek } from '../../time/iso-dates.ts';
import type { HolidayPeriod } from '../../time/school-calendar.ts';
import { schoolYearRange, startYearOf, type SchoolYear } from '../../time/school-year.ts';

/** Which holiday a proposed period is; the web turns it into the municipality's language. */
export type ProposedHolidayKind = 'summer' | 'autumn_break' | 'christmas' | 'winter_break' | 'easter';

/** A proposed period. Its `label` is the kind until the municipality names it. */
export interface ProposedHolidayPeriod extends HolidayPeriod {
  kind: ProposedHolidayKind;
}

/** Marked `status: 'proposal'` so it cannot be mistaken for a municipality's decided calendar. */
export interface HolidayProposal {
  status: 'proposal';
  schoolYear: SchoolYear;
  periods: ProposedHolidayPeriod[];
}

/** The choices that differ between Norwegian municipalities; defaults follow Oslo. */
export interface HolidayProposalOptions {
  /** ISO week of the autumn break (40 or 41). */
  autumnWeek?: number;
  /** ISO week of the winter break (8 or 9). */
  winterWeek?: number;
  /** ISO week school starts in August; the summer holiday runs until the Sunday before. */
  firstSchoolWeek?: number;
  /** Day in June the summer holiday starts. */
  summerFromJuneDay?: number;
}

/**
 * Typical Norwegian holidays for a school year, in date order: the end of the summer holiday,
 * autumn break (Mon–Fri of its week), Christmas (21 Dec–2 Jan), winter break (Mon–Fri),
 * Easter (Palm Sunday to Easter Monday) and the summer holiday from about 20 June to 31 July.
 */
export function proposeNorwegianSchoolHolidays(schoolYear: SchoolYear, options: HolidayProposalOptions = {}): HolidayProposal {
  const { autumnWeek = 40, winterWeek = 8, firstSchoolWeek = 34, summerFromJuneDay = 20 } = options;
  const autumn = startYearOf(schoolYear);
  const spring = autumn + 1;
  const range = schoolYearRange(schoolYear);
  const easter = easterSunday(spring);
  const week = (year: number, isoWeek: number) => {
    const monday = mondayOfIsoWeek(year, isoWeek);
    return { from: monday, to: addDays(monday, 4) };
  };
  const period = (kind: ProposedHolidayKind, from: IsoDate, to: IsoDate): ProposedHolidayPeriod => ({ kind, label: kind, from, to });
  const periods = [
    period('summer', range.from, addDays(mondayOfIsoWeek(autumn, firstSchoolWeek), -1)),
    period('autumn_break', week(autumn, autumnWeek).from, week(autumn, autumnWeek).to),
    period('christmas', `${autumn}-12-21`, `${spring}-01-02`),
    period('winter_break', week(spring, winterWeek).from, week(spring, winterWeek).to),
    period('easter', addDays(easter, -7), addDays(easter, 1)),
    period('summer', `${spring}-06-${String(summerFromJuneDay).padStart(2, '0')}`, range.to),
  ];
  return { status: 'proposal', schoolYear, periods: periods.filter((p) => p.from <= p.to) };
}
