/**
 * A change to a rota (a leader's edit, an approved swap) is refused when it breaks a rule the
 * rota did not break before. A draft that could not be staffed in full may still be improved
 * one shift at a time: what was already wrong is not held against the change, only what it adds.
 */
import { checkRota, type Assignment, type Violation } from './checker.ts';
import type { Structure } from './structure.ts';

const keyOf = (v: Violation) => [v.rule, [...v.people].sort().join(','), [...v.shifts].sort().join(',')].join('|');

export function violationsAdded(structure: Structure, before: Assignment, after: Assignment): Violation[] {
  const known = new Set(checkRota(structure, before).map(keyOf));
  return checkRota(structure, after).filter((v) => !known.has(keyOf(v)));
}
