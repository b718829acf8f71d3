import { describe, expect, it } from 'vitest';
import { checkRota } from '../rota/domain/checker.ts';
import { structureOf } from '../rota/domain/structure.ts';
import { generateDemo } from './generate.ts';
import { planDemoRotas } from './rota.ts';

describe('the demo rotas', () => {
  // A Thursday: the rotas start on the Monday of its week.
  const rotas = planDemoRotas(generateDemo({ seed: 1, scale: 'default' }), '2027-03-11');

  it('give the on-call service and the evening team a published month from this week’s Monday', () => {
    expect(rotas).toHaveLength(2);
    for (const rota of rotas) expect(rota.plan.from).toBe('2027-03-08');
  });

  it('break no working-time rule and staff every shift', () => {
    for (const { plan } of rotas) {
      const structure = structureOf(plan.problem);
      const index = new Map(plan.problem.staff.map((s, i) => [s.id, i]));
      const assigned = structure.shifts.map((s) => plan.assignments.find((a) => a.shift === s.id)!.staff.map((id) => index.get(id)!));
      expect(checkRota(structure, assigned)).toEqual([]);
      expect(assigned.every((people) => people.length > 0)).toBe(true);
    }
  });
});
