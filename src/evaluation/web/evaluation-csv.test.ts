import { describe, expect, it } from 'vitest';
import { evaluationCsv } from './evaluation-csv.ts';

describe('evaluationCsv', () => {
  it('writes the groups by period with hidden cells empty, then the estimate and the event study', () => {
    const csv = evaluationCsv({
      estimate: {
        effect: -1.5,
        ciLow: null,
        ciHigh: null,
        pValue: 0.02,
        method: 'callaway-santanna-permutation',
        unitsTreated: 3,
        unitsControl: 17,
        eventStudy: [{ relativePeriod: 0, effect: -1.5, ciLow: null, ciHigh: null }],
        caveats: ['few-units'],
      },
      noEstimate: null,
      periods: [{ period: '2025-T2', relativeToFirstStart: 0, pilot: { count: 12, rate: 1.5 }, comparison: { count: null, rate: null }, activityHours: { pilot: 7.5, comparison: null } }],
      units: { pilot: 3, comparison: 17 },
      municipalityPerThousand: null,
    });
    expect(csv.split('\r\n')).toEqual([
      'period,relative_to_first_start,pilot_count,pilot_rate,comparison_count,comparison_rate,pilot_activity_hours,comparison_activity_hours',
      '2025-T2,0,12,1.5,,,7.5,',
      '',
      'effect,ci_low,ci_high,p_value,method,units_treated,units_control',
      '-1.5,,,0.02,callaway-santanna-permutation,3,17',
      '',
      'relative_period,effect,ci_low,ci_high',
      '0,-1.5,,',
      '',
    ]);
  });
});
