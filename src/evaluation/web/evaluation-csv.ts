/**
 * The tables behind the page's charts as one CSV: the groups' counts, rates and logged activity
 * hours per period (hidden cells empty, as on the page) and the event study. Only what the page shows.
 */
import type { Evaluation } from '../schema.ts';

const cell = (value: number | null) => (value === null ? '' : String(value));

export function evaluationCsv(evaluation: Evaluation): string {
  const lines = [
    'period,relative_to_first_start,pilot_count,pilot_rate,comparison_count,comparison_rate,pilot_activity_hours,comparison_activity_hours',
    ...evaluation.periods.map((p) =>
      [p.period, p.relativeToFirstStart, cell(p.pilot.count), cell(p.pilot.rate), cell(p.comparison.count), cell(p.comparison.rate), cell(p.activityHours.pilot), cell(p.activityHours.comparison)].join(','),
    ),
  ];
  if (evaluation.estimate) {
    const e = evaluation.estimate;
    lines.push('', 'effect,ci_low,ci_high,p_value,method,units_treated,units_control', [e.effect, cell(e.ciLow), cell(e.ciHigh), cell(e.pValue), e.method, e.unitsTreated, e.unitsControl].join(','));
    lines.push('', 'relative_period,effect,ci_low,ci_high', ...e.eventStudy.map((row) => [row.relativePeriod, cell(row.effect), cell(row.ciLow), cell(row.ciHigh)].join(',')));
  }
  return `${lines.join('\r\n')}\r\n`;
}
