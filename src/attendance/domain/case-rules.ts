/**
 * What a follow-up case is made of: the kinds of steps, the ways a contact with the home is
 * made, the reasons a case closes, and the return-plan rule. The lists are also the database's
 * checks (migration 20261206_0031).
 */
import { addDays, type IsoDate } from '../../time/dates.ts';

/** BTI-style measures the guidelines name: a call home, a meeting, the attendance team, a return plan. */
export const STEP_KINDS = ['call_home', 'meeting', 'attendance_team', 'return_plan', 'consultation', 'other'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const CONTACT_WAYS = ['phone', 'meeting', 'message', 'home_visit'] as const;
export const CONTACT_PARTIES = ['parents', 'pupil', 'pupil_and_parents', 'other_service'] as const;

/** Why a case ends: the pupil is back, the absence turned out explained, another service took over, the pupil moved. */
export const CLOSE_REASONS = ['back_at_school', 'absence_explained', 'referred_on', 'moved_away', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Short texts: a step's "what", a contact's outcome and what was agreed, a closing note. */
export const STEP_TEXT_MAX = 200;
export const CONTACT_TEXT_MAX = 300;
export const CLOSE_NOTE_MAX = 300;

/**
 * Ten days away is where the guidelines (Udir's, Ringsaker's) ask for a plan for the pupil's
 * return; below it the plan is offered, not required.
 */
export const RETURN_PLAN_DAYS = 10;

export function returnPlanRequired(absentDays: number): boolean {
  return absentDays >= RETURN_PLAN_DAYS;
}

/** Why the case cannot close with `reason`, or null when it can: back at school after ten days away needs a return plan. */
export function closeRefusal(reason: CloseReason, absentDays: number, hasReturnPlan: boolean): 'return_plan_missing' | null {
  return reason === 'back_at_school' && returnPlanRequired(absentDays) && !hasReturnPlan ? 'return_plan_missing' : null;
}

/** How far back a contact may be dated: a term's catching up, not a typing slip of a year. */
export const CONTACT_WINDOW_DAYS = 365;

export function contactDateRefusal(day: IsoDate, today: IsoDate): 'in_future' | 'too_old' | null {
  if (day > today) return 'in_future';
  if (day < addDays(today, -CONTACT_WINDOW_DAYS)) return 'too_old';
  return null;
}

/** What a stage of the guideline can ask for (domain/guideline.ts's triggers), as the case lists them. */
export const TRIGGER_KINDS = ['call_home', 'meeting_with_parents', 'attendance_team', 'consultation', 'concern_report', 'warning_letter', 'notify_municipality'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** Whether a stage of the case's flags asks for a consultation with the network contact (Norway). */
export function consultationAskedFor(triggers: readonly TriggerKind[]): boolean {
  return triggers.includes('consultation');
}

/** The stages after which a concern report is to be written: Norway's concern report, Denmark's notification of the municipality (the underretning). */
export function reportAskedFor(triggers: readonly TriggerKind[]): boolean {
  return triggers.includes('concern_report') || triggers.includes('notify_municipality');
}

/** What the coordinator may carry from the case into the report; nothing is carried that was not ticked. */
export const REPORT_CARRY_ITEMS = ['child', 'school', 'figures'] as const;
export type ReportCarryItem = (typeof REPORT_CARRY_ITEMS)[number];

/**
 * Denmark: before stopping child benefit the municipality hears the parents and a child over
 * 12 (shared/LAW.md: "hears the parents (and a child over 12)"). The issue reads it as 12 or
 * older: the case asks for the pupil's hearing from the day they turn 12.
 */
export const HEARING_AGE = 12;

/** Whole years from the birth date to `day` (a birthday on 29 February is reached on 1 March in other years). */
export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
