/** The soft-goal figures on small rotas worked by hand. */
import { describe, expect, it } from 'vitest';
import { aProblem, aTemplate, aWorker, rotaOf } from '../factories.ts';
import { RULE_IDS, rulesFor } from './rules.ts';
import { softFigures } from './soft-goals.ts';
import { structureOf } from './structure.ts';

describe('softFigures', () => {
  it('spreads nights and weekends per FTE with the history carried in', () => {
    // Week 1's seven nights: a (1 FTE, 2 nights before) takes Mon, Wed, Fri, Sun; b (0.5 FTE)
    // takes Tue, Thu, Sat. Nights: a (2 + 4) / 1 = 6, b 3 / 0.5 = 6 → spread 0.
    // Weekends (Sat, Sun): a 1 / 1 = 1, b 1 / 0.5 = 2 → spread 1.
    const problem = aProblem({
      staff: [aWorker('a', { history: { nights: 2 } }), aWorker('b', { fte: 0.5 })],
      weights: { fairness: 4, wishes: 1, consecutiveNights: 1, wantedStaffing: 0.5 },
      rules: { preferredConsecutiveNights: 2 },
    });
    const structure = structureOf(problem);
    const week = { '04': 'a', '05': 'b', '06': 'a', '07': 'b', '08': 'a', '09': 'b', '10': 'a' };
    const rota = rotaOf(problem, structure.shifts.map((s) => s.id), Object.fromEntries(Object.entries(week).map(([d, who]) => [`night@2027-01-${d}`, [who]])));
    const figures = softFigures(structure, rota);
    expect(figures.spreads.nights).toEqual({ max: 6, min: 6, spread: 0 });
    expect(figures.spreads.weekends).toEqual({ max: 2, min: 1, spread: 1 });
    expect(figures.spreads.holidays).toEqual({ max: 0, min: 0, spread: 0 });
    // 21 of the 28 nights are empty: 21 places short of wanted, × 0.5; fairness 4 × 1.
    expect(figures.placesShortOfWanted).toBe(21);
    expect(figures.score).toBe(4 * 1 + 0.5 * 21);
  });

  it('counts wishes met and broken, and nights beyond the preferred run', () => {
    const problem = aProblem({
      templates: [aTemplate({ min: 0 })],
      staff: [aWorker('a', { wishes: [{ date: '2027-01-05', kind: 'want' }, { date: '2027-01-06', kind: 'want' }, { date: '2027-01-07', kind: 'avoid' }] })],
      rules: { preferredConsecutiveNights: 2, maxConsecutiveNights: 4 },
    });
    const structure = structureOf(problem);
    // a works the 4th–7th: four nights in a row, two beyond the preferred two in the windows
    // 4–6 and 5–7 (three nights each, one too many in each).
    const rota = rotaOf(problem, structure.shifts.map((s) => s.id), Object.fromEntries(['04', '05', '06', '07'].map((d) => [`night@2027-01-${d}`, ['a']])));
    const figures = softFigures(structure, rota);
    expect(figures).toMatchObject({ wishesWanted: 2, wishesMet: 2, avoidWishesBroken: 1, nightsBeyondPreferred: 2 });
  });
});

describe('the rules as data', () => {
  it('give every rule of both countries a source', () => {
    for (const country of ['NO', 'DK'] as const) {
      const rules = rulesFor(country, aProblem().rules);
      expect(Object.keys(rules.sources).sort()).toEqual([...RULE_IDS].sort());
    }
  });
});
