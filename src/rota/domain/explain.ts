/**
 * Why no legal rota exists, as data a page translates and a planner reads: for each shift that
 * cannot be staffed, what is missing, and for each person who could in principle fill it, the
 * rule that stops them given the best rota found; then what would make it feasible.
 *
 * The solver finds the rota that leaves the fewest places uncovered (coverage and experience
 * are its only elastic rows, priced far above every soft goal), so the shifts named here are a
 * smallest set that cannot be covered together, not every shift that is tight.
 */
import { checkRota, type Assignment } from './checker.ts';
import { blockingRule, type Placement } from './placement.ts';
import type { RuleId, RuleSource } from './rules.ts';
import type { Structure } from './structure.ts';

export interface Blocker {
  person: string;
  rule: RuleId;
  source: RuleSource;
}

export interface UncoveredShift {
  shift: string;
  date: string;
  /** 'coverage': fewer than the minimum; 'experienced': no experienced worker. */
  missing: 'coverage' | 'experienced';
  /** Places short (1 for a missing experienced worker). */
  short: number;
  blockers: Blocker[];
}

export type Suggestion =
  | { kind: 'more_staff'; experienced: boolean; count: number; shifts: string[] }
  | { kind: 'rule_blocks_all_candidates'; rule: RuleId; source: RuleSource; shifts: string[] };

export interface Explanation {
  uncovered: UncoveredShift[];
  suggestions: Suggestion[];
}

export function explainInfeasible(structure: Structure, assigned: Assignment): Explanation {
  const placement = placementOf(structure, assigned);
  const uncovered = checkRota(structure, assigned)
    .filter((v) => v.rule === 'coverage' || v.rule === 'experienced')
    .map((v) => {
      const s = structure.shifts.findIndex((shift) => shift.id === v.shifts[0]);
      const missing = v.rule as 'coverage' | 'experienced';
      return { shift: v.shifts[0]!, date: v.dates[0]!, missing, short: missing === 'coverage' ? v.limit! - v.found! : 1, blockers: blockersOf(placement, s, missing) };
    });
  return { uncovered, suggestions: suggestionsFor(structure, uncovered) };
}

function blockersOf(placement: Placement, s: number, missing: 'coverage' | 'experienced'): Blocker[] {
  const { structure } = placement;
  return structure.problem.staff.flatMap((person, p) => {
    if (placement.mine[p]!.has(s) || (missing === 'experienced' && !person.experienced)) return [];
    const rule = blockingRule(placement, p, s);
    return rule ? [{ person: person.id, rule, source: structure.rules.sources[rule] }] : [];
  });
}

function suggestionsFor(structure: Structure, uncovered: UncoveredShift[]): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const missing of ['experienced', 'coverage'] as const) {
    const these = uncovered.filter((u) => u.missing === missing);
    if (these.length > 0) suggestions.push({ kind: 'more_staff', experienced: missing === 'experienced', count: Math.max(...these.map((u) => u.short)), shifts: these.map((u) => u.shift) });
  }
  const byRule = new Map<RuleId, string[]>();
  for (const u of uncovered) {
    const rules = new Set(u.blockers.map((b) => b.rule));
    const only = [...rules][0];
    if (rules.size === 1 && only !== 'availability') byRule.set(only!, [...(byRule.get(only!) ?? []), u.shift]);
  }
  for (const [rule, shifts] of byRule) suggestions.push({ kind: 'rule_blocks_all_candidates', rule, source: structure.rules.sources[rule], shifts });
  return suggestions;
}

function placementOf(structure: Structure, assigned: Assignment): Placement {
  return {
    structure,
    assigned,
    mine: structure.problem.staff.map((_, p) => new Set(assigned.flatMap((people, s) => (people.includes(p) ? [s] : [])))),
  };
}
