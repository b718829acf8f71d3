/** The rota's queries. Only service.ts calls these, inside the access transaction. */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import type { RotaProblem, RuleSettings, ShiftTemplate, Staff } from './schema.ts';
import type { RotaProgress } from './solver/types.ts';
import type { PlanAssignment, PlanOutcome, PlanState } from './tables.ts';

export { locateUnit } from '../kernel/policy/locate.ts';

/** A unit whose shifts are planned: an on-call service, or a child welfare unit's evening team. */
export async function findRotaUnit(db: Db, unitId: string) {
  return db
    .selectFrom('unit as u')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['u.id', 'u.name', 'm.country_code as countryCode'])
    .where('u.id', '=', unitId)
    .where('u.kind', 'in', ['on_call_service', 'child_welfare'])
    .executeTakeFirst();
}

export async function locatePlan(db: Db, planId: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('rota_plan as p').innerJoin('unit as u', 'u.id', 'p.unit_id').select(['u.id', 'u.municipality_id', 'u.district_id']).where('p.id', '=', planId).executeTakeFirst();
  return row && { municipalityId: row.municipality_id, unitIds: [row.id], districtIds: row.district_id ? [row.district_id] : [] };
}

export async function planIdOfSwap(db: Db, swapId: string): Promise<string | undefined> {
  return (await db.selectFrom('rota_swap').select('plan_id').where('id', '=', swapId).executeTakeFirst())?.plan_id;
}

export function findSetup(db: Db, unitId: string) {
  return db.selectFrom('rota_service').selectAll().where('unit_id', '=', unitId).executeTakeFirst();
}

export async function insertSetup(db: Db, unitId: string, templates: ShiftTemplate[], rules: RuleSettings): Promise<boolean> {
  const inserted = await db
    .insertInto('rota_service')
    .values({ unit_id: unitId, templates: JSON.stringify(templates), rules: JSON.stringify(rules) })
    .onConflict((oc) => oc.column('unit_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function updateSetup(db: Db, unitId: string, templates: ShiftTemplate[], rules: RuleSettings, readVersion: number, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('rota_service')
    .set({ templates: JSON.stringify(templates), rules: JSON.stringify(rules), version: sql<number>`version + 1`, updated_at: now })
    .where('unit_id', '=', unitId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** The unit's on-call workers, with their rota profile where they have one. */
export function workersWithProfiles(db: Db, unitId: string) {
  return db
    .selectFrom('membership as ms')
    .innerJoin('staff as s', 's.id', 'ms.staff_id')
    .leftJoin('rota_staff as r', (join) => join.onRef('r.staff_id', '=', 's.id').on('r.unit_id', '=', unitId))
    .select(['s.id', 's.given_name as givenName', 's.family_name as familyName', 'r.fte', 'r.experienced', 'r.unavailable_weekdays', 'r.unavailable', 'r.wishes', 'r.version'])
    .where('ms.unit_id', '=', unitId)
    .where('ms.role', '=', 'on_call_worker')
    .orderBy('s.family_name')
    .orderBy('s.given_name')
    .execute();
}

export type ProfileValues = Pick<Staff, 'fte' | 'experienced' | 'unavailableWeekdays' | 'unavailable' | 'wishes'>;

function profileColumns(p: ProfileValues) {
  return { fte: p.fte, experienced: p.experienced, unavailable_weekdays: JSON.stringify(p.unavailableWeekdays), unavailable: JSON.stringify(p.unavailable), wishes: JSON.stringify(p.wishes) };
}

export async function insertProfile(db: Db, unitId: string, staffId: string, profile: ProfileValues): Promise<boolean> {
  const inserted = await db
    .insertInto('rota_staff')
    .values({ unit_id: unitId, staff_id: staffId, ...profileColumns(profile) })
    .onConflict((oc) => oc.columns(['unit_id', 'staff_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function updateProfile(db: Db, unitId: string, staffId: string, profile: ProfileValues, readVersion: number): Promise<boolean> {
  const updated = await db
    .updateTable('rota_staff')
    .set({ ...profileColumns(profile), version: sql<number>`version + 1` })
    .where('unit_id', '=', unitId)
    .where('staff_id', '=', staffId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

const planColumns = (db: Db) =>
  db
    .selectFrom('rota_plan as p')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select([
      'p.id',
      'p.unit_id',
      'u.name as unit_name',
      'm.country_code',
      'p.from_date',
      'p.weeks',
      'p.state',
      'p.problem',
      'p.assignments',
      'p.outcome',
      'p.progress',
      'p.stop_requested',
      'p.created_by_staff_id',
      'p.created_at',
      'p.published_at',
      'p.idempotency_key',
      'p.version',
    ]);

export type PlanRow = Awaited<ReturnType<ReturnType<typeof planColumns>['executeTakeFirstOrThrow']>>;

export function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  return planColumns(db).where('p.id', '=', id).executeTakeFirst();
}

export async function findPlanIdByKey(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('rota_plan').select('id').where('idempotency_key', '=', key).executeTakeFirst())?.id;
}

export function listPlans(db: Db, unitId: string, states: readonly PlanState[]) {
  return db
    .selectFrom('rota_plan')
    .select(['id', 'from_date', 'weeks', 'state', 'created_at', 'published_at'])
    .where('unit_id', '=', unitId)
    .where('state', 'in', states)
    .orderBy('from_date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

/** The published plan that ends where a new period starts, whose history the new one carries. */
export function planEndingOn(db: Db, unitId: string, dayAfter: string) {
  return planColumns(db)
    .where('p.unit_id', '=', unitId)
    .where('p.state', '=', 'published')
    .where(sql<boolean>`p.from_date + p.weeks * 7 = ${dayAfter}::date`)
    .executeTakeFirst();
}

export interface NewPlanRow {
  id: string;
  unitId: string;
  problem: RotaProblem;
  createdBy: string;
  createdAt: Date;
  idempotencyKey: string;
}

export async function insertPlan(db: Db, plan: NewPlanRow): Promise<void> {
  await db
    .insertInto('rota_plan')
    .values({
      id: plan.id,
      unit_id: plan.unitId,
      from_date: plan.problem.from,
      weeks: plan.problem.weeks,
      state: 'solving',
      problem: JSON.stringify(plan.problem),
      created_by_staff_id: plan.createdBy,
      created_at: plan.createdAt,
      idempotency_key: plan.idempotencyKey,
    })
    .execute();
}

/** The solver's latest figures: no personal data, so written as they come, outside the audit. */
export async function setProgress(db: Db, id: string, progress: RotaProgress): Promise<void> {
  await db.updateTable('rota_plan').set({ progress: JSON.stringify(progress) }).where('id', '=', id).where('state', '=', 'solving').execute();
}

export async function stopRequested(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('rota_plan').select('stop_requested').where('id', '=', id).executeTakeFirst())?.stop_requested ?? true;
}

export async function requestStop(db: Db, id: string): Promise<void> {
  await db.updateTable('rota_plan').set({ stop_requested: true }).where('id', '=', id).where('state', '=', 'solving').execute();
}

export async function saveSolution(db: Db, id: string, assignments: PlanAssignment[], outcome: PlanOutcome): Promise<boolean> {
  const updated = await db
    .updateTable('rota_plan')
    .set({ state: 'draft', assignments: JSON.stringify(assignments), outcome: JSON.stringify(outcome), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('state', '=', 'solving')
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

export async function markFailed(db: Db, id: string): Promise<void> {
  await db.updateTable('rota_plan').set({ state: 'failed', version: sql<number>`version + 1` }).where('id', '=', id).where('state', '=', 'solving').execute();
}

export async function updateAssignments(db: Db, id: string, assignments: PlanAssignment[], readVersion: number): Promise<boolean> {
  const updated = await db
    .updateTable('rota_plan')
    .set({ assignments: JSON.stringify(assignments), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .where('state', 'in', ['draft', 'published'])
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/**
 * Publishes a draft. A published plan of the unit starting within it is replaced; one starting
 * before it keeps its days before the new plan starts (see service.ts, which cuts it).
 */
export async function publish(db: Db, plan: PlanRow, readVersion: number, staffId: string, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('rota_plan')
    .set({ state: 'published', published_at: now, published_by_staff_id: staffId, version: sql<number>`version + 1` })
    .where('id', '=', plan.id)
    .where('version', '=', readVersion)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) return false;
  await db
    .updateTable('rota_plan')
    .set({ state: 'replaced', version: sql<number>`version + 1` })
    .where('unit_id', '=', plan.unit_id)
    .where('id', '<>', plan.id)
    .where('state', '=', 'published')
    .where('from_date', '>=', plan.from_date)
    .where(sql<boolean>`from_date < ${plan.from_date}::date + ${plan.weeks * 7}::int`)
    .execute();
  return true;
}

/** Ends a published plan after its first weeks, when a later one takes over the rest. */
export async function shorten(db: Db, plan: PlanRow, weeks: number, assignments: PlanAssignment[]): Promise<void> {
  await db
    .updateTable('rota_plan')
    .set({ weeks, problem: JSON.stringify({ ...plan.problem, weeks }), assignments: JSON.stringify(assignments), version: sql<number>`version + 1` })
    .where('id', '=', plan.id)
    .execute();
}

/** Published plans of the unit that start before a date and run past it. */
export function publishedRunningInto(db: Db, unitId: string, date: string) {
  return planColumns(db)
    .where('p.unit_id', '=', unitId)
    .where('p.state', '=', 'published')
    .where('p.from_date', '<', date)
    .where(sql<boolean>`p.from_date + p.weeks * 7 > ${date}::date`)
    .execute();
}

const swapColumns = (db: Db) =>
  db
    .selectFrom('rota_swap as w')
    .innerJoin('rota_plan as p', 'p.id', 'w.plan_id')
    .innerJoin('staff as f', 'f.id', 'w.from_staff_id')
    .innerJoin('staff as t', 't.id', 'w.to_staff_id')
    .select([
      'w.id',
      'w.plan_id',
      'w.shift',
      'w.state',
      'w.requested_at',
      'w.version',
      'w.idempotency_key',
      sql<ShiftTemplate[]>`p.problem->'templates'`.as('templates'),
      'f.id as from_id',
      'f.given_name as from_given_name',
      'f.family_name as from_family_name',
      't.id as to_id',
      't.given_name as to_given_name',
      't.family_name as to_family_name',
    ]);

export type SwapRow = Awaited<ReturnType<ReturnType<typeof swapColumns>['executeTakeFirstOrThrow']>>;

export function swapsOfPlan(db: Db, planId: string): Promise<SwapRow[]> {
  return swapColumns(db).where('w.plan_id', '=', planId).orderBy('w.requested_at').execute();
}

export function findSwap(db: Db, id: string): Promise<SwapRow | undefined> {
  return swapColumns(db).where('w.id', '=', id).executeTakeFirst();
}

export async function findSwapIdByKey(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('rota_swap').select('id').where('idempotency_key', '=', key).executeTakeFirst())?.id;
}

export async function insertSwap(db: Db, swap: { id: string; planId: string; shift: string; from: string; to: string; at: Date; idempotencyKey: string }): Promise<void> {
  await db
    .insertInto('rota_swap')
    .values({ id: swap.id, plan_id: swap.planId, shift: swap.shift, from_staff_id: swap.from, to_staff_id: swap.to, state: 'requested', requested_at: swap.at, idempotency_key: swap.idempotencyKey })
    .execute();
}

export async function decideSwap(db: Db, id: string, state: 'approved' | 'refused', readVersion: number, staffId: string, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('rota_swap')
    .set({ state, decided_at: now, decided_by_staff_id: staffId, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .where('state', '=', 'requested')
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

/** Published plans that name the person and reach past `since`. */
export function publishedPlansOf(db: Db, staffId: string, since: string) {
  return planColumns(db)
    .where('p.state', '=', 'published')
    .where(sql<boolean>`p.from_date + p.weeks * 7 > ${since}::date`)
    .where(sql<boolean>`exists (select 1 from jsonb_array_elements(p.assignments) a where a->'staff' ? ${staffId})`)
    .orderBy('p.from_date')
    .execute();
}

export function swapsOfStaff(db: Db, staffId: string, since: Date): Promise<SwapRow[]> {
  return swapColumns(db)
    .where((eb) => eb.or([eb('w.from_staff_id', '=', staffId), eb('w.to_staff_id', '=', staffId)]))
    .where('w.requested_at', '>=', since)
    .orderBy('w.requested_at', 'desc')
    .limit(50)
    .execute();
}
