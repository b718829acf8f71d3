/**
 * Use-cases of the rota: a service's setup and staff profiles, generating a plan (the solver runs
 * in the background and the page follows its progress), reading, adjusting and publishing a plan,
 * swaps between workers with the leader's approval, and a worker's own shifts. Every read and
 * write of people's data goes through withAccess (one decision, one audit event, one
 * transaction); a refusal found inside is returned from the work, which withAccess audits
 * as refused and throws.
 */
import { randomUUID } from 'node:crypto';
import { countSolve } from '../kernel/metrics/metrics.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import { withSystemAccess } from '../kernel/policy/named-access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import { clock } from '../time/clock.ts';
import { addDays, localDate } from '../time/dates.ts';
import { daysBetween } from '../kernel/validation/primitives.ts';
import { timeZoneOf } from '../time/zone.ts';
import type { Violation } from './domain/checker.ts';
import { violationsAdded } from './domain/edit-check.ts';
import { historyAfter } from './domain/history.ts';
import { checkRota } from './domain/checker.ts';
import { expandShifts } from './domain/shifts.ts';
import { structureOf } from './domain/structure.ts';
import type { EditShift, MyShifts, NewPlan, NewSwap, Plan, PlanViolation, RotaService, Setup, StaffProfileInput, Swap } from './plan-schema.ts';
import * as repo from './repo.ts';
import { rotaProblemSchema, type RotaProblem } from './schema.ts';
import { startSolve, type RunningSolve } from './solver/solve.ts';
import type { RotaSolution } from './solver/types.ts';
import type { PlanAssignment } from './tables.ts';

export interface Clock {
  now?: Date;
}

/** A solve that stopped answering (its server went down) is shown as failed after its budget and this. */
const SOLVE_GRACE_MS = 120_000;
const STOP_POLL_MS = 1_000;

export function readService(db: Db, actor: Actor, unitId: string): Promise<RotaService> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.read', action: 'read', resourceType: 'rota_service', resourceId: unitId, locate: (trx) => locateRotaUnit(trx, unitId) },
    (trx) => describeService(trx, actor, unitId),
  );
}

/** The service as its page shows it; a change answers with it from its own access, one audit event. */
async function describeService(trx: Trx, actor: Actor, unitId: string): Promise<RotaService> {
  const unit = (await repo.findRotaUnit(trx, unitId))!;
  const mayPlan = decide(actor, 'rota.plan', (await repo.locateUnit(trx, unitId))!).allow;
  const setup = await repo.findSetup(trx, unitId);
  const workers = await repo.workersWithProfiles(trx, unitId);
  const plans = await repo.listPlans(trx, unitId, mayPlan ? ['solving', 'draft', 'published', 'failed'] : ['published']);
  return {
    unit: { id: unit.id, name: unit.name },
    country: unit.countryCode,
    mayPlan,
    setup: setup ? { templates: setup.templates, rules: rotaProblemSchema.shape.rules.parse(setup.rules), version: setup.version } : null,
    staff: workers.map((w) => ({
      id: w.id,
      givenName: w.givenName,
      familyName: w.familyName,
      profile:
        w.fte === null || w.version === null
          ? null
          : { fte: Number(w.fte), experienced: w.experienced!, unavailableWeekdays: w.unavailable_weekdays!, unavailable: w.unavailable!, wishes: w.wishes!, version: w.version },
    })),
    plans: plans.map((p) => ({ id: p.id, from: p.from_date, weeks: p.weeks, state: p.state, createdAt: p.created_at.toISOString(), publishedAt: p.published_at?.toISOString() ?? null })),
  };
}

/** Saves the service's shift templates and rule settings; version 0 sets a service up. */
export function saveSetup(db: Db, actor: Actor, unitId: string, input: Setup, { now = clock.now() }: Clock = {}): Promise<RotaService> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_service', resourceId: unitId, locate: (trx) => locateRotaUnit(trx, unitId) },
    async (trx): Promise<RotaService | RuleViolation> => {
      const saved = input.version === 0 ? await repo.insertSetup(trx, unitId, input.templates, input.rules) : await repo.updateSetup(trx, unitId, input.templates, input.rules, input.version, now);
      return saved ? describeService(trx, actor, unitId) : conflict();
    },
  );
}

/** Saves one worker's profile: contract share, experience, when they cannot work, their wishes. */
export function saveStaffProfile(db: Db, actor: Actor, unitId: string, staffId: string, input: StaffProfileInput): Promise<RotaService> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_staff', resourceId: staffId, locate: (trx) => locateRotaUnit(trx, unitId) },
    async (trx): Promise<RotaService | RuleViolation | NotFoundError> => {
      if (!(await repo.findSetup(trx, unitId))) return new RuleViolation(409, 'rota_not_set_up', 'Set up the shift templates first.');
      if (!(await repo.workersWithProfiles(trx, unitId)).some((w) => w.id === staffId)) return new NotFoundError('staff');
      const saved = input.version === 0 ? await repo.insertProfile(trx, unitId, staffId, input) : await repo.updateProfile(trx, unitId, staffId, input, input.version);
      return saved ? describeService(trx, actor, unitId) : conflict();
    },
  );
}

/**
 * Starts a plan for a period: the problem is made of the setup, the profiles and the history
 * the published plan before it leaves, and stored with the plan; the solver then runs in the
 * background and the plan shows its progress. A retry with the same idempotency key answers
 * with the same plan and starts nothing.
 */
export async function startPlan(db: Db, actor: Actor, unitId: string, input: NewPlan, { now = clock.now() }: Clock = {}): Promise<{ plan: Plan; created: boolean }> {
  const id = (await repo.findPlanIdByKey(db, input.idempotencyKey)) ?? randomUUID();
  const outcome = await withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'create', resourceType: 'rota_plan', resourceId: id, locate: (trx) => locateRotaUnit(trx, unitId) },
    async (trx): Promise<{ problem: RotaProblem | null; plan: Plan } | RuleViolation> => {
      const earlier = await repo.findPlan(trx, id);
      if (earlier) {
        if (earlier.unit_id !== unitId) return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
        return { problem: null, plan: await presentPlan(trx, id, now) };
      }
      const problem = await problemFor(trx, unitId, input);
      if (problem instanceof RuleViolation) return problem;
      await repo.insertPlan(trx, { id, unitId, problem, createdBy: actor.staffId, createdAt: now, idempotencyKey: input.idempotencyKey });
      return { problem, plan: await presentPlan(trx, id, now) };
    },
  );
  // Solved only once the plan is committed: the solver's worker writes to it from its own transactions.
  if (outcome.problem) runSolve(db, id, outcome.problem, input.seconds);
  return { plan: outcome.plan, created: outcome.problem !== null };
}

async function problemFor(trx: Trx, unitId: string, input: NewPlan): Promise<RotaProblem | RuleViolation> {
  const unit = (await repo.findRotaUnit(trx, unitId))!;
  const setup = await repo.findSetup(trx, unitId);
  if (!setup) return new RuleViolation(409, 'rota_not_set_up', 'Set up the shift templates first.');
  const planned = (await repo.workersWithProfiles(trx, unitId)).filter((w) => w.fte !== null);
  if (planned.length === 0) return new RuleViolation(409, 'no_staff_profiles', 'No on-call worker of the unit has a rota profile yet.');
  const previous = await repo.planEndingOn(trx, unitId, input.from);
  const carried = previous ? historyAfter(structureOf(previous.problem), assignedIndices(previous.problem, previous.assignments)) : new Map();
  const parsed = rotaProblemSchema.safeParse({
    country: unit.countryCode,
    from: input.from,
    weeks: input.weeks,
    rules: setup.rules,
    templates: setup.templates,
    staff: planned.map((w) => ({
      id: w.id,
      name: `${w.givenName} ${w.familyName}`,
      fte: Number(w.fte),
      experienced: w.experienced,
      unavailableWeekdays: w.unavailable_weekdays,
      unavailable: w.unavailable,
      wishes: w.wishes,
      ...(carried.has(w.id) ? { history: carried.get(w.id) } : {}),
    })),
  });
  if (!parsed.success) return invalidAll(parsed.error.issues.map((issue) => ({ field: issue.path[0] === 'from' ? 'from' : 'weeks', code: issue.message })));
  return parsed.data;
}

export function readPlan(db: Db, actor: Actor, planId: string, { now = clock.now() }: Clock = {}): Promise<Plan> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.read', action: 'read', resourceType: 'rota_plan', resourceId: planId, locate: (trx) => locateVisiblePlan(trx, actor, planId) },
    async (trx) => present(trx, (await repo.findPlan(trx, planId))!, decide(actor, 'rota.plan', (await repo.locatePlan(trx, planId))!).allow, now),
  );
}

/** A plan as a leader sees it, from inside the access of a change they made: its one audit event. */
async function presentPlan(trx: Trx, planId: string, now: Date): Promise<Plan> {
  return present(trx, (await repo.findPlan(trx, planId))!, true, now);
}

/** Asks the solver to stop and keep the best rota so far (from any server: the one solving polls). */
export async function stopPlan(db: Db, actor: Actor, planId: string, { now = clock.now() }: Clock = {}): Promise<Plan> {
  const plan = await withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_plan', resourceId: planId, purpose: 'solver stopped', locate: (trx) => repo.locatePlan(trx, planId) },
    async (trx) => {
      await repo.requestStop(trx, planId);
      return presentPlan(trx, planId, now);
    },
  );
  running.get(planId)?.solve.stop();
  return plan;
}

/** A leader puts other people on one shift; refused, with the rules it would break, when it adds a violation. */
export function editShift(db: Db, actor: Actor, planId: string, shift: string, input: EditShift, { now = clock.now() }: Clock = {}): Promise<Plan> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_plan', resourceId: planId, locate: (trx) => repo.locatePlan(trx, planId) },
    async (trx): Promise<Plan | RuleViolation> => {
      const plan = (await repo.findPlan(trx, planId))!;
      if (plan.state !== 'draft' && plan.state !== 'published') return new RuleViolation(409, 'plan_not_editable', 'Only a draft or the published rota can be changed.');
      if (!expandShifts(plan.problem).some((s) => s.id === shift)) return invalid('shift', 'unknown_shift');
      const known = new Set(plan.problem.staff.map((s) => s.id));
      if (input.staff.some((s) => !known.has(s))) return invalid('staff', 'not_in_rota');
      const next = withShift(plan.assignments, shift, [...new Set(input.staff)]);
      return (await applyChecked(trx, plan, next, input.version)) ?? presentPlan(trx, planId, now);
    },
  );
}

/** Publishes a draft with no broken rule; the published plan it overlaps is replaced. */
export function publishPlan(db: Db, actor: Actor, planId: string, readVersion: number, { now = clock.now() }: Clock = {}): Promise<Plan> {
  return withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_plan', resourceId: planId, purpose: 'published', locate: (trx) => repo.locatePlan(trx, planId) },
    async (trx): Promise<Plan | RuleViolation> => {
      const plan = (await repo.findPlan(trx, planId))!;
      if (plan.state !== 'draft') return new RuleViolation(409, 'plan_not_draft', 'Only a draft can be published.');
      const structure = structureOf(plan.problem);
      const violations = checkRota(structure, assignedIndices(plan.problem, plan.assignments));
      if (violations.length > 0) return new RuleViolation(409, 'plan_breaks_rules', 'The rota breaks a rule; fix it before publishing.', { violations: violations.map(toPlanViolation) });
      if (!(await repo.publish(trx, plan, readVersion, actor.staffId, now))) return conflict();
      // The plan before keeps its weeks up to this one's first Monday; from then on this one holds.
      for (const earlier of await repo.publishedRunningInto(trx, plan.unit_id, plan.from_date)) {
        const weeks = daysBetween(earlier.from_date, plan.from_date) / 7;
        await repo.shorten(trx, earlier, weeks, earlier.assignments.filter((a) => shiftDate(a.shift) < plan.from_date));
      }
      return presentPlan(trx, planId, now);
    },
  );
}

/**
 * A worker asks to give one of their shifts in the published rota to a colleague. Checked at
 * once against the same rules, so a swap that would break one is refused before the leader
 * sees it; the leader approves or refuses it. A retry with the same key answers the same swap.
 */
export async function requestSwap(db: Db, actor: Actor, planId: string, input: NewSwap, { now = clock.now() }: Clock = {}): Promise<Swap> {
  const id = (await repo.findSwapIdByKey(db, input.idempotencyKey)) ?? randomUUID();
  return withAccess(
    db,
    actor,
    { permission: 'rota.swap', action: 'create', resourceType: 'rota_swap', resourceId: id, locate: (trx) => locateVisiblePlan(trx, actor, planId) },
    async (trx): Promise<Swap | RuleViolation> => {
      const earlier = await repo.findSwap(trx, id);
      if (earlier) return earlier.plan_id === planId && earlier.from_id === actor.staffId ? toSwap(earlier) : new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
      const plan = (await repo.findPlan(trx, planId))!;
      if (plan.state !== 'published') return new RuleViolation(409, 'plan_not_published', 'Swaps are made in the published rota.');
      const on = plan.assignments.find((a) => a.shift === input.shift)?.staff ?? [];
      if (!on.includes(actor.staffId)) return invalid('shift', 'not_your_shift');
      // A shift that has begun is worked by whoever is on it: a swap now would rewrite the past.
      const shift = expandShifts(plan.problem).find((s) => s.id === input.shift);
      if (!shift || new Date(shift.start).getTime() <= now.getTime()) return invalid('shift', 'shift_started');
      if (!plan.problem.staff.some((s) => s.id === input.toStaffId) || input.toStaffId === actor.staffId) return invalid('toStaffId', 'not_in_rota');
      if (on.includes(input.toStaffId)) return invalid('toStaffId', 'already_on_shift');
      const next = withShift(plan.assignments, input.shift, on.map((s) => (s === actor.staffId ? input.toStaffId : s)));
      const added = violationsAdded(structureOf(plan.problem), assignedIndices(plan.problem, plan.assignments), assignedIndices(plan.problem, next));
      if (added.length > 0) return breaks(added);
      await repo.insertSwap(trx, { id, planId, shift: input.shift, from: actor.staffId, to: input.toStaffId, at: now, idempotencyKey: input.idempotencyKey });
      return toSwap((await repo.findSwap(trx, id))!);
    },
  );
}

/** The leader approves (the shift changes hands, checked again) or refuses a swap. */
export async function decideSwap(db: Db, actor: Actor, swapId: string, input: { approve: boolean; version: number }, { now = clock.now() }: Clock = {}): Promise<Plan> {
  const planId = (await repo.planIdOfSwap(db, swapId)) ?? randomUUID();
  return withAccess(
    db,
    actor,
    { permission: 'rota.plan', action: 'update', resourceType: 'rota_swap', resourceId: swapId, purpose: input.approve ? 'swap approved' : 'swap refused', locate: (trx) => repo.locatePlan(trx, planId) },
    async (trx): Promise<Plan | RuleViolation> => {
      const swap = (await repo.findSwap(trx, swapId))!;
      if (!(await repo.decideSwap(trx, swapId, input.approve ? 'approved' : 'refused', input.version, actor.staffId, now))) return conflict();
      if (!input.approve) return presentPlan(trx, planId, now);
      const plan = (await repo.findPlan(trx, planId))!;
      const on = plan.assignments.find((a) => a.shift === swap.shift)?.staff ?? [];
      if (plan.state !== 'published' || !on.includes(swap.from_id)) return new RuleViolation(409, 'swap_outdated', 'The shift has changed since the swap was asked for.');
      const refused = await applyChecked(trx, plan, withShift(plan.assignments, swap.shift, on.map((s) => (s === swap.from_id ? swap.to_id : s))), plan.version);
      return refused ?? presentPlan(trx, planId, now);
    },
  );
}

/** The actor's own shifts in published rotas from yesterday on, and their swaps of the last weeks. */
export function readMyShifts(db: Db, actor: Actor, { now = clock.now() }: Clock = {}): Promise<MyShifts> {
  return withAccess(
    db,
    actor,
    {
      permission: 'rota.swap',
      action: 'read',
      resourceType: 'own_shifts',
      resourceId: actor.staffId,
      // About the caller themself: in scope wherever they hold a role that works shifts.
      locate: async () => ({ municipalityId: actor.municipalityId, unitIds: actor.memberships.map((m) => m.unitId), districtIds: [] }),
    },
    async (trx) => {
      const since = addDays(localDate(now), -1);
      return { shifts: await shiftsOf(trx, actor.staffId, since), swaps: (await repo.swapsOfStaff(trx, actor.staffId, new Date(now.getTime() - 60 * 86_400_000))).map((s) => ({ ...toSwap(s), planId: s.plan_id })) };
    },
  );
}

/** A person's shifts in published rotas from a date on; also what the personal calendar feed shows. */
export async function shiftsOf(db: Db, staffId: string, since: string): Promise<MyShifts['shifts']> {
  const plans = await repo.publishedPlansOf(db, staffId, since);
  return plans.flatMap((plan) => {
    const mine = new Set(plan.assignments.filter((a) => a.staff.includes(staffId)).map((a) => a.shift));
    return expandShifts(plan.problem)
      .filter((s) => mine.has(s.id) && s.date >= since)
      .map((s) => ({
        planId: plan.id,
        unit: { id: plan.unit_id, name: plan.unit_name },
        shift: s.id,
        name: s.name,
        date: s.date,
        start: new Date(s.start).toISOString(),
        end: new Date(s.end).toISOString(),
        ...clockTimes(plan.problem, s.template),
      }));
  });
}

/** Stops every solve this server runs (at shutdown): each keeps its best rota so far. */
export function stopAllSolves(): void {
  for (const { solve } of running.values()) solve.stop();
}

/** Resolves when this server's solve of a plan has saved its answer (for the CLI and tests). */
export function solveSettled(planId: string): Promise<void> {
  return running.get(planId)?.settled ?? Promise.resolve();
}

const running = new Map<string, { solve: RunningSolve; settled: Promise<void> }>();

function runSolve(db: Db, planId: string, problem: RotaProblem, seconds: number): void {
  let writes = Promise.resolve();
  const solve = startSolve(problem, { seconds, gap: 0.01 }, (progress) => {
    writes = writes.then(() => repo.setProgress(db, planId, progress)).catch(() => undefined);
  });
  const poll = setInterval(() => {
    void repo.stopRequested(db, planId).then((stop) => stop && solve.stop(), () => undefined);
  }, STOP_POLL_MS);
  const settled = solve.solution
    .then(async (solution) => {
      await writes;
      await saveSolution(db, planId, solution);
      countSolve(solution.status);
    })
    .catch(() => {
      countSolve('failed');
      return repo.markFailed(db, planId).catch(() => undefined);
    })
    .finally(() => {
      clearInterval(poll);
      running.delete(planId);
    });
  running.set(planId, { solve, settled });
}

/**
 * The solver's answer is the system's own work, saved once the leader's start has been answered:
 * audited as the job, so the leader's call leaves its one event and the save needs no session.
 */
async function saveSolution(db: Db, planId: string, solution: RotaSolution): Promise<void> {
  await withSystemAccess(
    db,
    'rota solver',
    { action: 'update', locate: (trx) => repo.locatePlan(trx, planId), resource: () => ({ type: 'rota_plan', id: planId }) },
    async (trx) => {
      const { status, proven, figures, bound, gap, seconds, explanation } = solution;
      const assignments = solution.rota.map((r) => ({ shift: r.shift, staff: r.staff }));
      await repo.saveSolution(trx, planId, assignments, { status, proven, figures, bound, gap, seconds, explanation });
    },
  );
}

async function applyChecked(trx: Trx, plan: repo.PlanRow, next: PlanAssignment[], readVersion: number): Promise<RuleViolation | undefined> {
  const added = violationsAdded(structureOf(plan.problem), assignedIndices(plan.problem, plan.assignments), assignedIndices(plan.problem, next));
  if (added.length > 0) return breaks(added);
  return (await repo.updateAssignments(trx, plan.id, next, readVersion)) ? undefined : conflict();
}

/** A shift's date, from its id `<template>@<date>`. */
function shiftDate(shift: string): string {
  return shift.slice(shift.lastIndexOf('@') + 1);
}

function withShift(assignments: PlanAssignment[], shift: string, staff: string[]): PlanAssignment[] {
  const others = assignments.filter((a) => a.shift !== shift);
  return [...others, { shift, staff }];
}

function assignedIndices(problem: RotaProblem, assignments: PlanAssignment[]): number[][] {
  const byShift = new Map(assignments.map((a) => [a.shift, a.staff]));
  const index = new Map(problem.staff.map((s, i) => [s.id, i]));
  return expandShifts(problem).map((s) => (byShift.get(s.id) ?? []).flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
}

async function present(trx: Trx, row: repo.PlanRow, mayPlan: boolean, now: Date): Promise<Plan> {
  // The shifts alone while the solver runs (the page asks every second); the rules' structure only to check a finished plan.
  const shifts = expandShifts(row.problem);
  const assigned = assignedIndices(row.problem, row.assignments);
  const staff = await repo.workersWithProfiles(trx, row.unit_id);
  const names = new Map(staff.map((s) => [s.id, s]));
  const stale = row.state === 'solving' && now.getTime() - row.created_at.getTime() > 600_000 + SOLVE_GRACE_MS;
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    country: row.country_code,
    from: row.from_date,
    weeks: row.weeks,
    state: stale ? 'failed' : row.state,
    mayPlan,
    progress: row.progress,
    outcome: row.outcome,
    staff: row.problem.staff.map((s) => {
      const [givenName, ...rest] = s.name.split(' ');
      const known = names.get(s.id);
      return { id: s.id, givenName: known?.givenName ?? givenName!, familyName: known?.familyName ?? rest.join(' '), experienced: s.experienced, fte: s.fte };
    }),
    shifts: shifts.map((s, i) => ({
      ...clockTimes(row.problem, s.template),
      id: s.id,
      template: s.template,
      name: s.name,
      kind: s.kind,
      date: s.date,
      start: new Date(s.start).toISOString(),
      end: new Date(s.end).toISOString(),
      min: s.min,
      wanted: s.wanted,
      needsExperienced: s.needsExperienced,
      night: s.night,
      staff: assigned[i]!.map((p) => row.problem.staff[p]!.id),
    })),
    violations: row.state === 'solving' ? [] : checkRota(structureOf(row.problem), assigned).map(toPlanViolation),
    swaps: (await repo.swapsOfPlan(trx, row.id)).map(toSwap),
    publishedAt: row.published_at?.toISOString() ?? null,
    version: row.version,
  };
}

function clockTimes(problem: RotaProblem, templateId: string): { startTime: string; endTime: string } {
  const template = problem.templates.find((t) => t.id === templateId)!;
  return { startTime: template.start, endTime: template.end };
}

function toSwap(row: repo.SwapRow): Swap {
  const template = row.shift.slice(0, row.shift.lastIndexOf('@'));
  return {
    id: row.id,
    shift: row.shift,
    shiftName: row.templates.find((t) => t.id === template)?.name ?? template,
    date: shiftDate(row.shift),
    from: { id: row.from_id, givenName: row.from_given_name, familyName: row.from_family_name },
    to: { id: row.to_id, givenName: row.to_given_name, familyName: row.to_family_name },
    state: row.state,
    requestedAt: row.requested_at.toISOString(),
    version: row.version,
  };
}

function toPlanViolation(v: Violation): PlanViolation {
  return { rule: v.rule, paragraph: v.source.paragraph, url: v.source.url, people: v.people, shifts: v.shifts, dates: v.dates, ...(v.found === undefined ? {} : { found: v.found }), ...(v.limit === undefined ? {} : { limit: v.limit }) };
}

async function locateRotaUnit(trx: Trx, unitId: string) {
  return (await repo.findRotaUnit(trx, unitId)) ? repo.locateUnit(trx, unitId) : undefined;
}

/** A plan as its reader may know it: a draft is the planner's working copy, not shown to the workers. */
async function locateVisiblePlan(trx: Trx, actor: Actor, planId: string) {
  const scope = await repo.locatePlan(trx, planId);
  if (!scope) return undefined;
  const plan = (await repo.findPlan(trx, planId))!;
  return plan.state === 'published' || plan.state === 'replaced' || decide(actor, 'rota.plan', scope).allow ? scope : undefined;
}

function breaks(violations: Violation[]): RuleViolation {
  return new RuleViolation(400, 'rota_rule_broken', 'The change breaks a working-time rule.', { violations: violations.map(toPlanViolation) });
}

function invalid(field: string, code: string): RuleViolation {
  return invalidAll([{ field, code }]);
}

function invalidAll(problems: { field: string; code: string }[]): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: problems.map((p) => ({ path: `body/${p.field}`, code: p.code })) });
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The rota was changed by someone else; reload and try again.');
}
