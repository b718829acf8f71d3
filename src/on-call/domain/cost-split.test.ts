import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCost, type CostKey, type MunicipalityFigures } from './cost-split.ts';

const two = (a: Partial<MunicipalityFigures>, b: Partial<MunicipalityFigures>): MunicipalityFigures[] => [
  { id: 'fjordoy', population: 0, calls: 0, minutes: 0, ...a },
  { id: 'sundvik', population: 0, calls: 0, minutes: 0, ...b },
];

// Worked by hand.
describe('splitting a month of the service', () => {
  it('by calls: 3 and 1 calls split 1,000.00 kr as 750.00 and 250.00', () => {
    expect(splitCost(100_000, { calls: 100 }, two({ calls: 3 }, { calls: 1 }))).toEqual({ ok: true, shares: [{ id: 'fjordoy', ore: 75_000 }, { id: 'sundvik', ore: 25_000 }] });
  });

  it('by time: 1 and 2 hours split 10.00 kr as 3.33 and 6.67 (0.67 is the larger remainder)', () => {
    expect(splitCost(1_000, { minutes: 100 }, two({ minutes: 60 }, { minutes: 120 }))).toEqual({ ok: true, shares: [{ id: 'fjordoy', ore: 333 }, { id: 'sundvik', ore: 667 }] });
  });

  it('three equal shares of 1.00 kr: 34, 33, 33 øre, the tie to the first listed', () => {
    const three = [...two({ calls: 1 }, { calls: 1 }), { id: 'elvestad', population: 0, calls: 1, minutes: 0 }];
    expect(splitCost(100, { calls: 100 }, three)).toEqual({ ok: true, shares: [{ id: 'fjordoy', ore: 34 }, { id: 'sundvik', ore: 33 }, { id: 'elvestad', ore: 33 }] });
  });

  it('a half-and-half mix: population 80/20 and calls 25/75 give 52.5 % and 47.5 %', () => {
    const key: CostKey = { population: 50, calls: 50 };
    expect(splitCost(10_000, key, two({ population: 8_000, calls: 1 }, { population: 2_000, calls: 3 }))).toEqual({
      ok: true,
      shares: [{ id: 'fjordoy', ore: 5_250 }, { id: 'sundvik', ore: 4_750 }],
    });
  });

  it('refuses a key that does not add up to 100 %, and a basis with nothing in it', () => {
    expect(splitCost(100, { calls: 60, minutes: 30 }, two({ calls: 1 }, { calls: 1 }))).toEqual({ ok: false, problem: 'key_not_100' });
    expect(splitCost(100, { minutes: 100 }, two({ calls: 1 }, { calls: 1 }))).toEqual({ ok: false, problem: 'empty_basis', basis: 'minutes' });
  });

  it('always adds up to the cost, each share within one øre of its exact value', () => {
    const figures = fc.array(fc.record({ population: fc.integer({ min: 1, max: 700_000 }), calls: fc.integer({ min: 0, max: 500 }), minutes: fc.integer({ min: 0, max: 50_000 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), figures, fc.integer({ min: 0, max: 100 }), (cost, rows, populationPercent) => {
        const municipalities = rows.map((r, i) => ({ id: String(i), ...r, calls: r.calls + 1 }));
        const key: CostKey = { population: populationPercent, calls: 100 - populationPercent };
        const result = splitCost(cost, key, municipalities);
        if (!result.ok) throw new Error(result.problem);
        expect(result.shares.reduce((sum, s) => sum + s.ore, 0)).toBe(cost);
        const population = municipalities.reduce((s, m) => s + m.population, 0);
        const calls = municipalities.reduce((s, m) => s + m.calls, 0);
        result.shares.forEach((share, i) => {
          const m = municipalities[i]!;
          const exact = cost * ((populationPercent / 100) * (m.population / population) + ((100 - populationPercent) / 100) * (m.calls / calls));
          expect(Math.abs(share.ore - exact)).toBeLessThan(1.000001);
        });
      }),
    );
  });
});
