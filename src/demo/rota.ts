/**
 * The demo's rotas: the inter-municipal on-call service (Fjordøy + Sundvik) and Elvestad's
 * evening team get their shifts, a profile for each on-call worker (contract share, experience,
 * a weekday some never work) and a published rota for the four weeks from this week's Monday,
 * made by the constructive planner (legal, fair, and the same for the same seed), so a leader's
 * first visit shows a real month and a worker's start page their next shifts.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { checkRota } from '../rota/domain/checker.ts';
import { constructiveRota } from '../rota/domain/greedy.ts';
import { structureOf } from '../rota/domain/structure.ts';
import { rotaProblemSchema, type RotaProblemInput, type ShiftTemplate } from '../rota/schema.ts';
import { addDays, weekday, type IsoDate } from '../time/dates.ts';
import type { DemoData } from './data.ts';

const WEEKS = 4;

/** An on-call service: evenings with the office closed, home on-call nights, weekends around the clock. */
const SERVICE_TEMPLATES: ShiftTemplate[] = [
  { id: 'evening', name: 'Kveld', kind: 'active', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '15:30', end: '20:00', min: 1, wanted: 2, needsExperienced: false },
  { id: 'night', name: 'Natt (hjemmevakt)', kind: 'home_on_call', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'], start: '20:00', end: '08:00', min: 1, wanted: 1, needsExperienced: true },
  { id: 'day', name: 'Helgedag (hjemmevakt)', kind: 'home_on_call', days: ['sat', 'sun', 'holiday'], start: '08:00', end: '20:00', min: 1, wanted: 1, needsExperienced: false },
];

/** An evening team: out visiting families on weekday evenings, at least two together, one experienced. */
const EVENING_TEMPLATES: ShiftTemplate[] = [
  { id: 'evening', name: 'Kveldsteam', kind: 'evening', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '15:30', end: '20:00', min: 2, wanted: 3, needsExperienced: true },
];

export interface DemoRota {
  unitId: string;
  templates: ShiftTemplate[];
  profiles: { staffId: string; fte: number; experienced: boolean; unavailableWeekdays: number[] }[];
  plan: { from: IsoDate; problem: ReturnType<typeof rotaProblemSchema.parse>; assignments: { shift: string; staff: string[] }[]; createdBy: string };
}

/** The rotas as seeded on `today`; empty where a unit has no on-call workers or no leader to have made it. */
export function planDemoRotas(data: DemoData, today: IsoDate): DemoRota[] {
  const from = addDays(today, -((weekday(today) + 6) % 7));
  return data.unit.flatMap((unit): DemoRota[] => {
    const workers = data.membership.filter((m) => m.unit_id === unit.id && m.role === 'on_call_worker').map((m) => m.staff_id);
    const municipality = data.municipality.find((m) => m.id === unit.municipality_id)!;
    const leader = data.membership.find((m) => m.role === 'leader' && data.unit.some((u) => u.id === m.unit_id && u.municipality_id === unit.municipality_id));
    if (workers.length === 0 || !leader || municipality.country_code !== 'NO') return [];
    if (unit.kind !== 'on_call_service' && unit.kind !== 'child_welfare') return [];
    const templates = unit.kind === 'on_call_service' ? SERVICE_TEMPLATES : EVENING_TEMPLATES;
    // The first two are experienced; every third works part time; the last never works Mondays.
    const profiles = workers.map((staffId, i) => ({ staffId, fte: i % 3 === 2 ? 0.8 : 1, experienced: i < 2 || (unit.kind === 'on_call_service' && i === 2), unavailableWeekdays: i === workers.length - 1 && workers.length > 3 ? [1] : [] }));
    const problem = rotaProblemSchema.parse({
      country: 'NO',
      from,
      weeks: WEEKS,
      templates,
      staff: profiles.map((p) => {
        const person = data.staff.find((s) => s.id === p.staffId)!;
        return { id: p.staffId, name: `${person.given_name} ${person.family_name}`, fte: p.fte, experienced: p.experienced, unavailableWeekdays: p.unavailableWeekdays };
      }),
    } satisfies RotaProblemInput);
    const structure = structureOf(problem);
    const assigned = constructiveRota(structure, { attempts: 200, milliseconds: 2000 });
    if (checkRota(structure, assigned).length > 0) return [];
    const assignments = structure.shifts.map((shift, s) => ({ shift: shift.id, staff: assigned[s]!.map((p) => problem.staff[p]!.id) }));
    return [{ unitId: unit.id, templates, profiles, plan: { from, problem, assignments, createdBy: leader.staff_id } }];
  });
}

export async function insertDemoRotas(db: Db, rotas: DemoRota[], at: Date): Promise<void> {
  for (const rota of rotas) {
    await db.insertInto('rota_service').values({ unit_id: rota.unitId, templates: JSON.stringify(rota.templates) }).execute();
    for (const p of rota.profiles) {
      await db.insertInto('rota_staff').values({ unit_id: rota.unitId, staff_id: p.staffId, fte: p.fte, experienced: p.experienced, unavailable_weekdays: JSON.stringify(p.unavailableWeekdays) }).execute();
    }
    await db
      .insertInto('rota_plan')
      .values({
        id: randomUUID(),
        unit_id: rota.unitId,
        from_date: rota.plan.from,
        weeks: rota.plan.problem.weeks,
        state: 'published',
        problem: JSON.stringify(rota.plan.problem),
        assignments: JSON.stringify(rota.plan.assignments),
        created_by_staff_id: rota.plan.createdBy,
        created_at: at,
        published_at: at,
        published_by_staff_id: rota.plan.createdBy,
      })
      .execute();
  }
}
