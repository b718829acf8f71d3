/**
 * A municipality's staged attendance guideline as data: each rule says what is counted, over
 * which window, from which threshold, and what its stage triggers. Norway has no national
 * threshold, so each municipality writes its own (presets.ts holds the published ones with
 * their sources); Denmark's 10 % / 15 % rule is one of those presets.
 */
import type { AbsenceKind } from './absence.ts';

/** Over which stretch of school days a rule counts. Half-years are school terms: Aug–Dec and Jan–Jul. */
export type RuleWindow =
  | { kind: 'rolling_weeks'; weeks: number }
  | { kind: 'calendar'; period: 'month' | 'quarter' | 'half_year' };

/**
 * What a rule counts:
 * - `days`: school days with a whole-day absence of a counted kind;
 * - `single_days`: such days with no such absence on the school day before or after;
 * - `lessons`: single-lesson absences of a counted kind;
 * - `occurrences`: records of a counted kind (late arrivals, leaving early);
 * - `percent`: school time missed as a share of the school time in the window;
 * - `days_in_a_row`: the longest run of whole-day absences over consecutive school days.
 */
export type Measure = 'days' | 'single_days' | 'lessons' | 'occurrences' | 'percent' | 'days_in_a_row';

/** "more than 3" and "3 or more" are both written in guidelines; the rule keeps which it said. */
export type Comparison = 'more_than' | 'at_least';

/** What reaching a stage asks of the school. */
export type Trigger =
  | { kind: 'call_home' }
  | { kind: 'meeting_with_parents'; withinSchoolDays: number }
  | { kind: 'attendance_team' }
  | { kind: 'consultation' }
  | { kind: 'concern_report' }
  | { kind: 'warning_letter' }
  | { kind: 'notify_municipality' };

/** Where a rule was read: the public page of the municipality or ministry, and what it says. */
export interface RuleSource {
  url: string;
  /** The words the rule was built from, so a reader can check the reading. */
  text: string;
}

export interface GuidelineRule {
  /** Stable within the guideline; flags name it. */
  id: string;
  measure: Measure;
  window: RuleWindow;
  comparison: Comparison;
  threshold: number;
  kinds: readonly AbsenceKind[];
  /** 1 is the first step; a higher stage asks for more. */
  stage: number;
  triggers: readonly Trigger[];
  source: RuleSource;
}

export interface Guideline {
  id: string;
  /** School time per day in minutes: the denominator of `percent` rules. */
  dayMinutes: number;
  rules: readonly GuidelineRule[];
}

/** Whether a counted value reaches the rule's threshold, as the rule words it. */
export function reaches(rule: Pick<GuidelineRule, 'comparison' | 'threshold'>, value: number): boolean {
  return rule.comparison === 'more_than' ? value > rule.threshold : value >= rule.threshold;
}
