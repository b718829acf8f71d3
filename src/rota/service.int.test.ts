import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { registry } from '../kernel/metrics/metrics.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { addDays } from '../time/dates.ts';
import { aTemplate, FIRST_MONDAY } from './factories.ts';
import type { Plan } from './plan-schema.ts';
import { decideSwap, editShift, publishPlan, readMyShifts, readPlan, readService, requestSwap, saveSetup, saveStaffProfile, solveSettled, startPlan } from './service.ts';

/** An evening team of three at a child welfare unit, its leader, and a leader elsewhere. */
async function buildWorld(db: Db) {
  const home = await buildMunicipality(db, { name: 'Elvestad' });
  const elsewhere = await buildMunicipality(db, { name: 'Fjernvik' });
  const team = await buildUnit(db, { municipality_id: home.id, kind: 'child_welfare', name: 'Barneverntjenesten' });
  const otherUnit = await buildUnit(db, { municipality_id: elsewhere.id, kind: 'child_welfare', name: 'Barneverntjenesten i Fjernvik' });
  const person = async (role: Role, unit: { id: string; municipality_id: string }) => {
    const staff = await buildStaff(db, { municipality_id: unit.municipality_id });
    await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role });
    return staff.id;
  };
  const ids = {
    team,
    leader: await person('leader', team),
    anna: await person('on_call_worker', team),
    bo: await person('on_call_worker', team),
    cato: await person('on_call_worker', team),
    outsideLeader: await person('leader', otherUnit),
  };
  const leader = await actor(db, ids.leader);
  // One night on call at home each night, one person: Cato never works Mondays.
  await saveSetup(db, leader, team.id, { templates: [{ ...aTemplate(), needsExperienced: false }], rules: { collectiveAgreement: false, maxConsecutiveNights: 4, preferredConsecutiveNights: 2, sundayRest: true, homeOnCallShare: 1 / 7 }, version: 0 });
  for (const [staffId, unavailableWeekdays] of [[ids.anna, []], [ids.bo, []], [ids.cato, [1]]] as const) {
    await saveStaffProfile(db, leader, team.id, staffId, { fte: 1, experienced: true, unavailableWeekdays: [...unavailableWeekdays], unavailable: [], wishes: [], version: 0 });
  }
  return { ...ids, leader };
}

async function generated(db: Db, world: Awaited<ReturnType<typeof buildWorld>>): Promise<Plan> {
  const { plan } = await startPlan(db, world.leader, world.team.id, { from: FIRST_MONDAY, weeks: 4, seconds: 5, idempotencyKey: randomUUID() });
  await solveSettled(plan.id);
  return readPlan(db, world.leader, plan.id);
}

const onShift = (plan: Plan, shift: string) => plan.shifts.find((s) => s.id === shift)!.staff;

/** The first of the items whose request is not refused for breaking a rule. */
async function firstAccepted<T, R>(items: T[], request: (item: T) => Promise<R>): Promise<R> {
  for (const item of items) {
    const answer = await request(item).catch((e: unknown) => e);
    if (!(answer instanceof RuleViolation && answer.code === 'rota_rule_broken')) return answer as R;
  }
  throw new Error('every request was refused');
}

describeEachEngine('rota service', (use) => {
  it('generates a legal draft for the period, which the leader publishes and the workers then see', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const solves = () => registry.getSingleMetric('tidlig_rota_solves_total')!.get().then((m) => m.values.reduce((sum, v) => sum + v.value, 0));
    const before = await solves();
    const draft = await generated(db, world);
    expect(draft.state).toBe('draft');
    // The solve is counted in the metrics, by how it ended.
    expect(await solves()).toBe(before + 1);
    // Four weeks of one night each: 28 shifts, each staffed, none breaking a rule.
    expect(draft.shifts).toHaveLength(28);
    expect(draft.shifts.every((s) => s.staff.length === 1)).toBe(true);
    expect(draft.violations).toEqual([]);
    // Cato never works Mondays.
    expect(draft.shifts.filter((s) => s.staff.includes(world.cato)).every((s) => new Date(`${s.date}T12:00:00Z`).getUTCDay() !== 1)).toBe(true);

    const anna = await actor(db, world.anna);
    await expect(readPlan(db, anna, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    const published = await publishPlan(db, world.leader, draft.id, draft.version);
    expect(published.state).toBe('published');
    const mine = await readMyShifts(db, anna, { now: new Date('2027-01-01T12:00:00Z') });
    expect(mine.shifts.map((s) => s.shift).sort()).toEqual(published.shifts.filter((s) => s.staff.includes(world.anna)).map((s) => s.id).sort());
    expect((await readService(db, anna, world.team.id)).plans.map((p) => p.id)).toEqual([draft.id]);
  });

  it('a plan published over the last weeks of another takes over from its first Monday; the earlier keeps its first weeks', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const first = await generated(db, world);
    await publishPlan(db, world.leader, first.id, first.version);
    const { plan: started } = await startPlan(db, world.leader, world.team.id, { from: '2027-01-18', weeks: 4, seconds: 5, idempotencyKey: randomUUID() });
    await solveSettled(started.id);
    const second = await readPlan(db, world.leader, started.id);
    await publishPlan(db, world.leader, second.id, second.version);

    const earlier = await readPlan(db, world.leader, first.id);
    expect(earlier.state).toBe('published');
    expect(earlier.weeks).toBe(2);
    expect(earlier.shifts.map((s) => s.date).at(-1)).toBe('2027-01-17');
    expect(earlier.violations).toEqual([]);
    // Anna's nights from the first plan's two weeks and the second plan's four, none twice.
    const anna = await actor(db, world.anna);
    const mine = (await readMyShifts(db, anna, { now: new Date('2027-01-01T12:00:00Z') })).shifts;
    expect(new Set(mine.map((s) => s.date)).size).toBe(mine.length);
    expect(mine.filter((s) => s.planId === first.id).every((s) => s.date < '2027-01-18')).toBe(true);
  });

  it('refuses an edit that breaks a rule, names the rule and changes nothing', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const draft = await generated(db, world);
    const monday = `night@${FIRST_MONDAY}`;
    const refusal = await editShift(db, world.leader, draft.id, monday, { staff: [world.cato], version: draft.version }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RuleViolation);
    expect((refusal as RuleViolation).details.violations).toEqual([expect.objectContaining({ rule: 'availability', people: [world.cato], shifts: [monday] })]);
    const after = await readPlan(db, world.leader, draft.id);
    expect(after.version).toBe(draft.version);
    expect(onShift(after, monday)).toEqual(onShift(draft, monday));
  });

  it('refuses to publish a draft that leaves a shift empty', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const draft = await generated(db, world);
    const monday = `night@${FIRST_MONDAY}`;
    const emptied = await editShift(db, world.leader, draft.id, monday, { staff: [], version: draft.version }).catch((e: unknown) => e);
    // Emptying a shift adds a coverage violation: refused like any other.
    expect((emptied as RuleViolation).code).toBe('rota_rule_broken');
    const stale = await publishPlan(db, world.leader, draft.id, draft.version - 1).catch((e: unknown) => e);
    expect((stale as RuleViolation).status).toBe(409);
  });

  it('a swap is checked at once, decided by the leader, and then the shift changes hands', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const draft = await generated(db, world);
    const plan = await publishPlan(db, world.leader, draft.id, draft.version);
    // Cato never works Mondays, so the first Monday night is Anna's or Bo's: not one they can give to Cato.
    const monday = plan.shifts.find((s) => s.date === FIRST_MONDAY)!;
    const giver = await actor(db, monday.staff[0]!);
    const toCato = await requestSwap(db, giver, plan.id, { shift: monday.id, toStaffId: world.cato, idempotencyKey: randomUUID() }).catch((e: unknown) => e);
    expect((toCato as RuleViolation).code).toBe('rota_rule_broken');
    expect((toCato as RuleViolation).details.violations).toEqual([expect.objectContaining({ rule: 'availability', people: [world.cato] })]);

    // Some night of Anna's Bo can take within the rules; the swap waits for the leader.
    const anna = await actor(db, world.anna);
    const swap = await firstAccepted(plan.shifts.filter((s) => s.staff.includes(world.anna)), (shift) => requestSwap(db, anna, plan.id, { shift: shift.id, toStaffId: world.bo, idempotencyKey: randomUUID() }));
    expect(swap.state).toBe('requested');
    expect(onShift(await readPlan(db, world.leader, plan.id), swap.shift)).toEqual([world.anna]);
    const approved = await decideSwap(db, world.leader, swap.id, { approve: true, version: swap.version });
    expect(onShift(approved, swap.shift)).toEqual([world.bo]);
    expect(approved.swaps.find((s) => s.id === swap.id)!.state).toBe('approved');
    const again = await decideSwap(db, world.leader, swap.id, { approve: false, version: swap.version }).catch((e: unknown) => e);
    expect((again as RuleViolation).status).toBe(409);

    // A shift that has begun cannot be given away, not even back to whom the rules allowed it from.
    const bo = await actor(db, world.bo);
    const later = { now: new Date(`${addDays(FIRST_MONDAY, 120)}T12:00:00Z`) };
    const begun = await requestSwap(db, bo, plan.id, { shift: swap.shift, toStaffId: world.anna, idempotencyKey: randomUUID() }, later).catch((e: unknown) => e);
    expect((begun as RuleViolation).details).toEqual({ issues: [{ path: 'body/shift', code: 'shift_started' }] });
  });

  it('a leader elsewhere finds neither the rota nor its plans', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const draft = await generated(db, world);
    const outsider = await actor(db, world.outsideLeader);
    await expect(readService(db, outsider, world.team.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readPlan(db, outsider, draft.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
