/**
 * Which rules of a guideline each pupil reaches on a given day: the flags a school is asked to
 * act on. This is the reference the database's set-based computation is checked against.
 */
import type { IsoDate } from '../../time/dates.ts';
import type { SchoolCalendar } from '../../time/school-calendar.ts';
import type { Absence } from './absence.ts';
import { reaches, type Comparison, type Guideline, type Measure } from './guideline.ts';
import { measure } from './measures.ts';
import { schoolDaysIn, windowOn, type DateRange } from './windows.ts';

/** A rule one pupil reached: the rule, the figure and the window it was counted over. */
export interface RuleHit {
  pupilId: string;
  ruleId: string;
  stage: number;
  measure: Measure;
  comparison: Comparison;
  threshold: number;
  value: number;
  window: DateRange;
  schoolDays: number;
}

/** Every rule of `guideline` each pupil in `absences` reaches on `asOf`, by pupil then rule order. */
export function evaluate(guideline: Guideline, calendar: SchoolCalendar, absences: readonly Absence[], asOf: IsoDate): RuleHit[] {
  const byPupil = groupByPupil(absences);
  const hits: RuleHit[] = [];
  for (const rule of guideline.rules) {
    const window = windowOn(rule.window, asOf);
    const schoolDays = schoolDaysIn(calendar, window);
    for (const [pupilId, pupilAbsences] of byPupil) {
      const figure = measure(rule, pupilAbsences, schoolDays, guideline.dayMinutes);
      if (!reaches(rule, figure.value)) continue;
      const { id: ruleId, stage, measure: kind, comparison, threshold } = rule;
      hits.push({ pupilId, ruleId, stage, measure: kind, comparison, threshold, window, ...figure });
    }
  }
  return hits.sort((a, b) => a.pupilId.localeCompare(b.pupilId));
}

function groupByPupil(absences: readonly Absence[]): Map<string, Absence[]> {
  const byPupil = new Map<string, Absence[]>();
  for (const absence of absences) {
    const list = byPupil.get(absence.pupilId) ?? [];
    list.push(absence);
    byPupil.set(absence.pupilId, list);
  }
  return byPupil;
}
