/** Rota problems for tests (a service with the given templates and staff, from a fixed Monday), and a rota place for the access matrix. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { clock } from '../time/clock.ts';
import { addDays, weekday } from '../time/dates.ts';
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

/** What the access matrix calls the rota's routes about, at one place (see app/matrix-fixture.ts). */
export interface RotaPlace {
  rotaUnitId: string;
  /** An on-call worker of the unit with a rota profile. */
  rotaWorkerId: string;
  /** The published plan: the given worker on the first night, the unit's worker on the third. */
  rotaPublishedPlanId: string;
  rotaWorkerShift: string;
  rotaDraftShift: string;
  /** A draft of the four weeks after it that breaks no rule (its shifts need nobody), to edit and stop. */
  rotaDraftPlanId: string;
  /** More such drafts, one for each publish call. */
  rotaPublishPool: string[];
  /** Requested swaps of the published plan, one for each decision call. */
  rotaSwapPool: string[];
}

/**
 * A unit set up for the rota with two profiled workers, a published plan of four weeks from the
 * Monday after `today`, drafts and swaps; `worker` is the one whose own shifts the calls ask about.
 */
export async function buildRotaPlace(db: Db, place: { onCallUnitId: string; onCallWorkerId: string }, worker: string, today: string): Promise<RotaPlace> {
  const from = addDays(today, ((8 - weekday(today)) % 7) || 7);
  const unitId = place.onCallUnitId;
  const nights = aTemplate({ min: 0, wanted: 1, needsExperienced: false });
  await db.insertInto('rota_service').values({ unit_id: unitId, templates: JSON.stringify([nights]) }).execute();
  for (const staffId of [worker, place.onCallWorkerId]) {
    await db.insertInto('rota_staff').values({ unit_id: unitId, staff_id: staffId, fte: 1, experienced: true }).execute();
  }
  const plan = async (state: 'draft' | 'published', assignments: { shift: string; staff: string[] }[]) => {
    const id = randomUUID();
    // The drafts plan the four weeks after the published plan, so publishing one replaces nothing.
    const start = state === 'published' ? from : addDays(from, 28);
    const problem = aProblem({ from: start, templates: [nights], staff: [aWorker(worker), aWorker(place.onCallWorkerId)] });
    await db
      .insertInto('rota_plan')
      .values({ id, unit_id: unitId, from_date: start, weeks: 4, state, problem: JSON.stringify(problem), assignments: JSON.stringify(assignments), created_by_staff_id: worker, created_at: clock.now() })
      .execute();
    return id;
  };
  const first = `night@${from}`;
  const firstOfDraft = `night@${addDays(from, 28)}`;
  const third = `night@${addDays(from, 2)}`;
  const published = await plan('published', [
    { shift: first, staff: [worker] },
    { shift: third, staff: [place.onCallWorkerId] },
  ]);
  const swap = async () => {
    const id = randomUUID();
    await db.insertInto('rota_swap').values({ id, plan_id: published, shift: third, from_staff_id: place.onCallWorkerId, to_staff_id: worker, state: 'requested', requested_at: clock.now() }).execute();
    return id;
  };
  return {
    rotaUnitId: unitId,
    rotaWorkerId: worker,
    rotaPublishedPlanId: published,
    rotaWorkerShift: first,
    rotaDraftShift: firstOfDraft,
    rotaDraftPlanId: await plan('draft', []),
    rotaPublishPool: await Promise.all(Array.from({ length: 10 }, () => plan('draft', []))),
    rotaSwapPool: await Promise.all(Array.from({ length: 10 }, swap)),
  };
}
