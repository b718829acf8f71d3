import { describe, expect, it } from 'vitest';
import { estimate } from '../evaluation/domain/estimate.ts';
import { buildPanel } from '../evaluation/domain/panel.ts';
import { formatPeriod, periodOf } from '../evaluation/domain/periods.ts';
import { planDemoEvaluationHistory } from './evaluation.ts';
import { generateDemo } from './generate.ts';
import { createRandom } from './random.ts';

const TODAY = '2027-03-10';

describe('the evaluation demo history', () => {
  const data = generateDemo({ seed: 1, scale: 'default' });
  const history = planDemoEvaluationHistory(data, TODAY, createRandom(1));

  it('has three years of monthly counts for every Elvestad school, up to last month, and five pilot schools starting a term apart', () => {
    const units = new Set(history.counts.map((c) => c.unit_id));
    expect(history.counts.length).toBe(units.size * 36);
    expect(history.counts.map((c) => c.month).sort()[0]).toBe('2024-03');
    expect(history.counts.map((c) => c.month).sort().at(-1)).toBe('2027-02');
    // 2027-03-10 is in the spring term 2026-T2: the pilot started in 2025-T2, the four others in 2026-T1.
    expect(history.pilot.map((p) => p.startedOn)).toEqual(['2026-01-01', '2026-08-01', '2026-08-01', '2026-08-01', '2026-08-01']);
  });

  it('is the same for the same seed', () => {
    expect(planDemoEvaluationHistory(data, TODAY, createRandom(1))).toEqual(history);
  });

  it('shows the pilot schools falling behind the others by term, with a confidence interval (five pilot schools)', () => {
    const pupils = (unit: string) => data.enrolment.filter((e) => e.unit_id === unit).length;
    const byTerm = new Map<string, number>();
    for (const c of history.counts) {
      const key = `${c.unit_id}|${formatPeriod(periodOf(`${c.month}-01`, 'term'))}`;
      byTerm.set(key, (byTerm.get(key) ?? 0) + c.count);
    }
    const startOf = new Map(history.pilot.map((p) => [p.unitId, p.startedOn]));
    const rows = [...byTerm].map(([key, outcome]) => {
      const [unit, period] = key.split('|') as [string, string];
      return { unit, period, treatedFrom: startOf.get(unit) ?? '', outcome, denominator: pupils(unit) };
    });
    const built = buildPanel(rows);
    if ('errors' in built) throw new Error(JSON.stringify(built.errors));
    const result = estimate(built.panel, { seed: 1, replications: 199 });
    expect(result.effect).toBeLessThan(0);
    expect(result.method).toBe('callaway-santanna-bootstrap');
  });
});
