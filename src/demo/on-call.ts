/**
 * The demo's call log: four weeks of calls before the seeding day for the inter-municipal
 * on-call service (Fjordøy + Sundvik) and the evening teams of Norwegian child welfare units
 * (Elvestad's), spread over evenings, nights and weekends, most handled without any placement,
 * some with one considered or prevented, a rare one made. Calls needing follow-up whose handover
 * morning has passed were taken over by that municipality's intake; the rest wait for the next
 * handover. Like the casework it runs from the seeding day; every choice comes from a fixed seed.
 */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import { addDays, localDate, weekday, type IsoDate } from '../time/dates.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { handoverDateOf } from '../on-call/domain/handover.ts';
import { lastFullMonth } from '../on-call/domain/statement.ts';
import type { Caller, PlacementOutcome, Response } from '../on-call/domain/call-kinds.ts';
import type { ConcernCategory } from '../kernel/concern-categories/categories.ts';
import type { Tables } from '../kernel/db/tables.ts';
import type { DemoData } from './data.ts';
import { createRandom, type Random } from './random.ts';

const DAYS = 28;
const SEED = 14_2026;

interface Scenario {
  caller: Caller;
  category: ConcernCategory;
  responses: Response[];
  summary: string;
}

/** What a night brings, written as a worker would log it; no names, nothing to trace. */
const SCENARIOS: readonly Scenario[] = [
  { caller: 'police', category: 'conflict_at_home', responses: ['home_visit', 'with_police'], summary: 'Politiet meldte høylytt krangel mellom foreldrene. Hjemmebesøk sammen med politiet; barna sov hos en tante natten over.' },
  { caller: 'parents', category: 'behaviour', responses: ['advice_by_phone'], summary: 'Mor ringte om en 15-åring som ikke kom hjem til avtalt tid. Råd om hvem hun kunne kontakte; ungdommen kom hjem kl. 01.' },
  { caller: 'child', category: 'conflict_at_home', responses: ['advice_by_phone', 'home_visit'], summary: 'Ungdom ringte og ville ikke være hjemme etter en krangel. Samtale på telefon, deretter hjemmebesøk og avtale for natten.' },
  { caller: 'emergency_room', category: 'substance_use', responses: ['home_visit'], summary: 'Legevakten meldte en beruset forelder med barn i bilen. Hjemmebesøk; den andre forelderen tok over omsorgen.' },
  { caller: 'neighbour', category: 'neglect', responses: ['control_visit'], summary: 'Nabo meldte små barn alene hjemme sent på kvelden. Kontrollbesøk; far kom hjem mens vi var der.' },
  { caller: 'crisis_centre', category: 'conflict_at_home', responses: ['advice_by_phone'], summary: 'Krisesenteret ba om råd om en mor og to barn som kom inn i natt. Avtalt oppfølging med barneverntjenesten i morgen.' },
  { caller: 'police', category: 'wellbeing', responses: ['with_police', 'placement'], summary: 'Politiet fant et barn alene etter at forelderen ble innlagt. Ingen i nettverket kunne ta imot barnet i natt.' },
  { caller: 'other_family', category: 'wellbeing', responses: ['advice_by_phone'], summary: 'Bestemor ringte bekymret etter en telefon fra barnebarnet. Råd, og avtale om at vakta ringer familien i morgen.' },
  { caller: 'doctor_hospital', category: 'development', responses: ['advice_by_phone', 'control_visit'], summary: 'Sykehuset meldte bekymring ved utskriving av et spedbarn. Kontrollbesøk dagen etter avtalt med foreldrene.' },
  { caller: 'school', category: 'absence', responses: ['advice_by_phone'], summary: 'Rektor ringte etter skoletid om en elev som ikke ville gå hjem. Råd; eleven ble hentet av en voksen i familien.' },
];

export type DemoCall = Omit<Insertable<Tables['on_call_call']>, 'responses'> & { id: string; responses: Response[] };
export interface DemoOnCall {
  calls: DemoCall[];
  workers: { call_id: string; staff_id: string }[];
  /** The last full month's cost and key of each on-call service, so its leader's first statement is a real one. */
  costs: Insertable<Tables['on_call_cost_month']>[];
  populations: Insertable<Tables['on_call_cost_population']>[];
}

interface CallUnit {
  unitId: string;
  municipalityIds: string[];
  workerIds: string[];
  /** The evening team works 15:30–20:00 on weekdays; an on-call service from 15:30 to 08:00 and around the clock at weekends. */
  kind: 'evening' | 'on_call';
}

/** The demo's calls as seeded on `today`; `newId` names each call. */
export function planDemoOnCall(data: DemoData, today: IsoDate, newId: () => string): DemoOnCall {
  const random = createRandom(SEED);
  const plan: DemoOnCall = { calls: [], workers: [], costs: [], populations: [] };
  const units = callUnits(data);
  for (const unit of units) {
    for (let back = DAYS; back >= 1; back -= 1) {
      const date = addDays(today, -back);
      const weekend = weekday(date) === 0 || weekday(date) === 6;
      if (unit.kind === 'evening' && weekend) continue;
      const count = unit.kind === 'evening' ? random.int(0, 2) : random.int(weekend ? 1 : 0, weekend ? 4 : 3);
      for (let n = 0; n < count; n += 1) addCall(plan, data, random, unit, date, weekend, today, newId());
    }
  }
  // Drawn after the calls, so the calls are the same as before the statement came.
  for (const unit of units) if (unit.kind === 'on_call') addCost(plan, random, unit, lastFullMonth(today));
  return plan;
}

/**
 * 1.85 million kroner for the month, split half by population and a quarter each by calls and
 * time spent; by population alone when the four weeks of calls hold none of that month (seeded
 * on the last days of a month).
 */
function addCost(plan: DemoOnCall, random: Random, unit: CallUnit, month: string): void {
  const inMonth = plan.calls.some((call) => call.unit_id === unit.unitId && localDate(new Date(call.received_at as Date)).startsWith(month));
  plan.costs.push({
    unit_id: unit.unitId,
    month,
    cost_ore: 185_000_000,
    population_percent: inMonth ? 50 : 100,
    calls_percent: inMonth ? 25 : 0,
    minutes_percent: inMonth ? 25 : 0,
    updated_by_staff_id: null,
  });
  for (const municipality_id of unit.municipalityIds) {
    plan.populations.push({ unit_id: unit.unitId, month, municipality_id, population: random.int(6_000, 30_000) });
  }
}

export async function insertDemoOnCall(db: Db, { calls, workers, costs, populations }: DemoOnCall): Promise<void> {
  for (const call of calls) {
    await db
      .insertInto('on_call_call')
      .values({ ...call, responses: sql`${`{${call.responses.join(',')}}`}::text[]` as never })
      .execute();
  }
  if (workers.length > 0) await db.insertInto('on_call_call_worker').values(workers).execute();
  if (costs.length > 0) await db.insertInto('on_call_cost_month').values(costs).execute();
  if (populations.length > 0) await db.insertInto('on_call_cost_population').values(populations).execute();
}

function callUnits(data: DemoData): CallUnit[] {
  const workersOf = (unitId: string) => data.membership.filter((m) => m.unit_id === unitId && m.role === 'on_call_worker').map((m) => m.staff_id);
  const norwegian = new Set(data.municipality.filter((m) => m.country_code === 'NO').map((m) => m.id));
  return data.unit.flatMap((unit): CallUnit[] => {
    const workerIds = workersOf(unit.id);
    if (workerIds.length === 0 || !norwegian.has(unit.municipality_id)) return [];
    if (unit.kind === 'on_call_service') {
      const municipalityIds = data.cooperation_member.filter((c) => c.cooperation_id === unit.cooperation_id).map((c) => c.municipality_id);
      return [{ unitId: unit.id, municipalityIds, workerIds, kind: 'on_call' }];
    }
    return unit.kind === 'child_welfare' ? [{ unitId: unit.id, municipalityIds: [unit.municipality_id], workerIds, kind: 'evening' }] : [];
  });
}

function addCall(plan: DemoOnCall, data: DemoData, random: Random, unit: CallUnit, date: IsoDate, weekend: boolean, today: IsoDate, id: string): void {
  // Minutes after the shift starts: 15:30 on weekdays, 08:00 at weekends (around the clock).
  const start = localInstant(date, weekend && unit.kind === 'on_call' ? '08:00' : '15:30');
  const length = unit.kind === 'evening' ? 270 : weekend ? 24 * 60 : 16.5 * 60;
  const receivedAt = new Date(start.getTime() + random.int(0, length - 30) * 60_000);
  const scenario = random.pick(SCENARIOS);
  const placement: PlacementOutcome = scenario.responses.includes('placement')
    ? 'made'
    : random.pick(['not_considered', 'not_considered', 'not_considered', 'considered', 'prevented'] as const);
  const municipalityId = random.pick(unit.municipalityIds);
  const followUp = placement !== 'not_considered' || random.chance(0.6);
  const handoverDate = handoverDateOf(receivedAt, 'NO');
  const intake = followUp && handoverDate < today ? intakeOf(data, random, municipalityId) : undefined;
  const minutes = random.int(15, scenario.responses.includes('home_visit') || scenario.responses.includes('with_police') ? 240 : 60);
  plan.calls.push({
    id,
    unit_id: unit.unitId,
    municipality_id: municipalityId,
    received_at: receivedAt,
    caller: scenario.caller,
    category: scenario.category,
    responses: scenario.responses,
    placement,
    placement_made_at: placement === 'made' ? new Date(receivedAt.getTime() + 90 * 60_000) : null,
    minutes_spent: minutes,
    summary: scenario.summary,
    follow_up: followUp,
    child_id: null,
    recorded_by_staff_id: unit.workerIds[0] ?? null,
    taken_over_at: intake ? localInstant(handoverDate, `0${random.int(8, 9)}:${String(random.int(10, 59))}`) : null,
    taken_over_by_staff_id: intake ?? null,
    idempotency_key: null,
  });
  const workers = random.shuffle(unit.workerIds).slice(0, random.chance(0.3) ? 2 : 1);
  for (const staff_id of workers) plan.workers.push({ call_id: id, staff_id });
}

function intakeOf(data: DemoData, random: Random, municipalityId: string): string | undefined {
  const units = new Set(data.unit.filter((u) => u.municipality_id === municipalityId && u.kind === 'child_welfare').map((u) => u.id));
  const intake = data.membership.filter((m) => units.has(m.unit_id) && m.role === 'intake_worker').map((m) => m.staff_id);
  return intake.length > 0 ? random.pick(intake) : undefined;
}
