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
