/** Rota problems for tests: a service with the given templates and staff, from a fixed Monday. */
import { rotaProblemSchema, type RotaProblem, type RotaProblemInput } from './schema.ts';

type TemplateInput = RotaProblemInput['templates'][number];
type StaffInput = RotaProblemInput['staff'][number];

/** Monday 4 January 2027: no public holiday in its first four weeks in Norway or Denmark. */
export const FIRST_MONDAY = '2027-01-04';

export function aTemplate(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return { id: 'night', name: 'On-call night', kind: 'home_on_call', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '20:00', end: '08:00', min: 1, wanted: 1, ...overrides };
}

export function aWorker(id: string, overrides: Partial<StaffInput> = {}): StaffInput {
  return { id, name: `Worker ${id}`, fte: 1, experienced: true, ...overrides };
}

export function aProblem(overrides: Partial<RotaProblemInput> = {}): RotaProblem {
  return rotaProblemSchema.parse({
    country: 'NO',
    from: FIRST_MONDAY,
    weeks: 4,
    templates: [aTemplate()],
    staff: ['a', 'b', 'c', 'd'].map((id) => aWorker(id)),
    ...overrides,
  });
}

/** A rota written as shift id → staff ids, as the checker takes it (indices). */
export function rotaOf(problem: RotaProblem, shiftIds: string[], byShift: Record<string, string[]>): number[][] {
  return shiftIds.map((id) => (byShift[id] ?? []).map((person) => problem.staff.findIndex((s) => s.id === person)));
}
