/**
 * The estimators against answers worked out by hand (in the comments), the 2×2 identity, and
 * simulated panels with a known effect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInDifferences } from './did-2x2.ts';
import { estimate, percentileInterval, permutationPValue } from './estimate.ts';
import { eventStudyEffect, groupTimeEffects, overallEffect } from './group-time.ts';
import { panelOf } from './panel-fixture.ts';
import { buildPanel, type PanelRow } from './panel.ts';
import { seededRandom } from './seeded-random.ts';

const once = (n: number) => new Float64Array(n).fill(1);

describe('the 2×2 difference in differences, by hand', () => {
  // Pilot changes: 10→7 (−3), 12→8 (−4): mean −3.5. Comparison: 10→10 (0), 8→9 (+1): mean +0.5.
  // Effect: −3.5 − 0.5 = −4.
  const panel = panelOf({ P1: { from: '2026-Q2', rates: [10, 7] }, P2: { from: '2026-Q2', rates: [12, 8] }, C1: { rates: [10, 10] }, C2: { rates: [8, 9] } });

  it('is the difference of the mean changes', () => {
    expect(differenceInDifferences(panel, 0, 1)).toBe(-4);
  });

  it('weights by denominator when asked: (100·−2 + 300·−6)/400 = −5 less (200·1 + 200·3)/400 = 2 is −7, equal weights −6', () => {
    const units = {
      P1: { from: '2026-Q2', rates: [10, 8], denominator: 100 },
      P2: { from: '2026-Q2', rates: [10, 4], denominator: 300 },
      C1: { rates: [5, 6], denominator: 200 },
      C2: { rates: [5, 8], denominator: 200 },
    };
    const byDenominator = panelOf(units, '2026-Q1', 'denominator');
    const cells = groupTimeEffects(byDenominator, once(4));
    expect(overallEffect(cells)).toBe(-7);
    expect(overallEffect(groupTimeEffects(panelOf(units), once(4)))).toBe(-6);
  });
});

describe('group-time effects with staggered starts, by hand', () => {
  // Periods 0, 1, 2. A starts in 1, B in 2, C and D never.
  //   A: 10  8  7     B: 10 11  8     C: 10 11 12     D: 12 13 14
  // ATT(1,1): A 8−10 = −2; not yet started at 1 (B, C, D): +1, +1, +1 → −2 − 1 = −3
  // ATT(1,2): A 7−10 = −3; not yet started at 2 (C, D): +2, +2 → −3 − 2 = −5
  // ATT(2,2): B 8−11 = −3; C, D from 1 to 2: +1, +1 → −4
  // ATT(2,0): B 10−11 = −1; not yet started at 1 other than B (C, D): −1, −1 → 0 (pre-period)
  // Overall (one unit per group, equal weights): (−3 − 5 − 4)/3 = −4.
  // Event study: e=0 (−3 − 4)/2 = −3.5; e=1 −5; e=−2 0; e=−1 is the base, 0.
  const panel = panelOf({
    A: { from: '2026-Q2', rates: [10, 8, 7] },
    B: { from: '2026-Q3', rates: [10, 11, 8] },
    C: { rates: [10, 11, 12] },
    D: { rates: [12, 13, 14] },
  });
  const cells = groupTimeEffects(panel, once(4));
  const cell = (group: number, period: number) => cells.find((c) => c.group === group && c.period === period)?.effect;

  it.each([
    [1, 1, -3],
    [1, 2, -5],
    [2, 2, -4],
    [2, 0, 0],
  ])('ATT(%i, %i) = %i', (group, period, expected) => {
    expect(cell(group, period)).toBeCloseTo(expected, 12);
  });

  it('aggregates to −4 overall and −3.5, −5 and 0 in the event study', () => {
    expect(overallEffect(cells)).toBeCloseTo(-4, 12);
    expect(eventStudyEffect(cells, 0)).toBeCloseTo(-3.5, 12);
    expect(eventStudyEffect(cells, 1)).toBeCloseTo(-5, 12);
    expect(eventStudyEffect(cells, -2)).toBeCloseTo(0, 12);
    expect(eventStudyEffect(cells, -1)).toBe(0);
  });

  it('does not use an already-started unit as a control (A is no control for B)', () => {
    // Make A's change from 1 to 2 huge: ATT(2,2) must not move.
    const changed = panelOf({
      A: { from: '2026-Q2', rates: [10, 8, 100] },
      B: { from: '2026-Q3', rates: [10, 11, 8] },
      C: { rates: [10, 11, 12] },
      D: { rates: [12, 13, 14] },
    });
    expect(groupTimeEffects(changed, once(4)).find((c) => c.group === 2 && c.period === 2)?.effect).toBeCloseTo(-4, 12);
  });
});

describe('with one period before, one after and a single start', () => {
  const twoPeriodPanel = fc
    .record({
      pilot: fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.integer({ min: 20, max: 900 })), { minLength: 1, maxLength: 8 }),
      comparison: fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.integer({ min: 20, max: 900 })), { minLength: 1, maxLength: 8 }),
    })
    .map(({ pilot, comparison }) => {
      const rows: PanelRow[] = [];
      const add = (name: string, from: string, [before, after, denominator]: [number, number, number]) => {
        rows.push({ unit: name, period: '2026-T1', treatedFrom: from, outcome: before, denominator });
        rows.push({ unit: name, period: '2026-T2', treatedFrom: from, outcome: after, denominator });
      };
      pilot.forEach((unit, i) => add(`p${i}`, '2026-T2', unit));
      comparison.forEach((unit, i) => add(`c${i}`, '', unit));
      return rows;
    });

  it('every estimator gives exactly the plain 2×2 difference of the mean changes', () => {
    fc.assert(
      fc.property(twoPeriodPanel, fc.constantFrom('equal' as const, 'denominator' as const), (rows, weighting) => {
        const built = buildPanel(rows, weighting);
        if ('errors' in built) throw new Error('bad fixture');
        const panel = built.panel;
        const plain = differenceInDifferences(panel, 0, 1);
        const cells = groupTimeEffects(panel, once(panel.units.length));
        expect(overallEffect(cells)).toBe(plain);
        expect(eventStudyEffect(cells, 0)).toBe(plain);
        const result = estimate(panel, { replications: 19, seed: 3 });
        expect(result.effect).toBe(plain);
        expect(result.eventStudy.find((row) => row.relativePeriod === 0)?.effect).toBe(plain);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * A panel with a known effect: unit level + period shock + noise, and `effect` added to every
 * period from a pilot unit's start. Two start groups, a quarter apart. Counts per 10,000 so that
 * rounding to whole counts hardly moves the rates.
 */
function simulated(seed: number, { pilots, comparisons, periods, effect }: { pilots: number; comparisons: number; periods: number; effect: number }) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const shocks = Array.from({ length: periods }, () => normal());
  const units: Record<string, { from?: string; rates: number[]; denominator: number }> = {};
  for (let u = 0; u < pilots + comparisons; u += 1) {
    const start = u < pilots ? 4 + (u % 2) : null;
    const level = 30 + 2 * normal();
    units[`u${u}`] = {
      ...(start === null ? {} : { from: `${2026 + Math.floor(start / 4)}-Q${(start % 4) + 1}` }),
      rates: shocks.map((shock, t) => level + shock + normal() + (start !== null && t >= start ? effect : 0)),
      denominator: 10_000,
    };
  }
  return panelOf(units);
}

describe('simulated panels with a known effect', () => {
  it('the 95 % bootstrap interval covers the true effect in about 95 % of 120 panels', () => {
    const effect = -1.5;
    let covered = 0;
    const runs = 120;
    for (let seed = 1; seed <= runs; seed += 1) {
      const result = estimate(simulated(seed, { pilots: 12, comparisons: 24, periods: 8, effect }), { replications: 199, seed });
      if (result.ciLow! <= effect && effect <= result.ciHigh!) covered += 1;
    }
    // 95 % of 120 is 114; a binomial's 99 % range at this size is about 107 to 120. Percentile
    // bootstrap intervals with 12 pilot units run a little narrow, so allow from 102.
    expect(covered).toBeGreaterThanOrEqual(102);
  });

  it('with few pilot units it gives a permutation p-value instead of an interval, and rejects a true null rarely', () => {
    let rejected = 0;
    const runs = 60;
    for (let seed = 1; seed <= runs; seed += 1) {
      const result = estimate(simulated(1000 + seed, { pilots: 3, comparisons: 15, periods: 8, effect: 0 }), { replications: 199, seed });
      expect(result.method).toBe('callaway-santanna-permutation');
      expect(result.ciLow).toBeNull();
      expect(result.caveats).toContain('few-units');
      if (result.pValue! < 0.05) rejected += 1;
    }
    expect(rejected).toBeLessThanOrEqual(9);
  });

  it('with few pilot units and a large effect, the permutation test finds it', () => {
    const result = estimate(simulated(7, { pilots: 3, comparisons: 20, periods: 8, effect: -8 }), { replications: 499, seed: 7 });
    expect(result.pValue!).toBeLessThan(0.05);
  });

  it('flags pre-trends when the pilot units were already falling before they started', () => {
    const units: Record<string, { from?: string; rates: number[]; denominator: number }> = {};
    const random = seededRandom(11);
    for (let u = 0; u < 30; u += 1) {
      const pilot = u < 10;
      const rates = Array.from({ length: 8 }, (_, t) => 20 + (pilot ? -1.5 * t : 0) + random());
      units[`u${u}`] = { ...(pilot ? { from: '2027-Q1' } : {}), rates, denominator: 10_000 };
    }
    expect(estimate(panelOf(units), { replications: 199, seed: 1 }).caveats).toContain('pre-trends');
  });

  it('the same seed gives the same interval; another seed another', () => {
    const panel = simulated(5, { pilots: 10, comparisons: 20, periods: 8, effect: -1 });
    const a = estimate(panel, { replications: 99, seed: 42 });
    expect(estimate(panel, { replications: 99, seed: 42 })).toEqual(a);
    expect(estimate(panel, { replications: 99, seed: 43 }).ciLow).not.toBe(a.ciLow);
  });
});

describe('the pieces of inference', () => {
  it('takes the 2.5th and 97.5th percentiles by linear interpolation: 0…100 gives 2.5 and 97.5', () => {
    const [low, high] = percentileInterval(Array.from({ length: 101 }, (_, i) => 100 - i));
    expect(low).toBeCloseTo(2.5, 12);
    expect(high).toBeCloseTo(97.5, 12);
  });

  it('counts the observed effect among the placebos: 2 of 4 placebos as far out gives (1+2)/(1+4)', () => {
    expect(permutationPValue(-3, [1, -3, 4, 0.5])).toBe(3 / 5);
  });
});
