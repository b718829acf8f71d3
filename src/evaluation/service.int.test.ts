/**
 * The leader's evaluation end to end on the database: counts read in SQL, the estimate worked
 * out by hand, counts under 5 hidden in the groups' lines, one audit event per view, and no
 * one else let in.
 */
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildReportingSchools } from './factories.ts';
import { evaluate } from './service.ts';

async function buildWorld(db: Db) {
  const { municipality, units, reporter, leader: leaderId } = await buildReportingSchools(db);
  const leader = await actor(db, leaderId);
  const staff = await actor(db, reporter);
  const elsewhere = await buildMunicipality(db);
  const otherLeader = await actor(db, await buildPerson(db, 'leader', await buildUnit(db, { municipality_id: elsewhere.id })));
  return { municipality, units, leader, staff, otherLeader };
}

const request = (pilotUnit: string) => ({
  outcome: 'concern_reports' as const,
  granularity: 'term' as const,
  from: '2024-08-01',
  to: '2026-07-31',
  pilot: [{ unitId: pilotUnit, startedOn: '2025-08-01' }],
});

describeEachEngine('evaluation service', (use) => {
  it('estimates the pilot against all other schools and hides what would give a count under 5 away', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const result = await evaluate(db, world.leader, world.municipality.id, request(world.units.pilot!));

    // Base 2024-T2 (the term before the start). The pilot goes 8 → 5 (−3 reports, −60 per 100)
    // in 2025-T1 and 2025-T2; the comparison's mean change from 2024-T2: a 0, b 0, c +6 (+120):
    // +40 per 100. ATT = −60 − 40 = −100 in both terms, so −100 overall.
    expect(result.estimate?.effect).toBeCloseTo(-100, 9);
    expect(result.estimate?.method).toBe('callaway-santanna-permutation');
    expect(result.estimate?.caveats).toContain('few-units');
    expect(result.units).toEqual({ pilot: 1, comparison: 3 });
    expect(result.periods.map((p) => [p.period, p.relativeToFirstStart])).toEqual([['2024-T1', -2], ['2024-T2', -1], ['2025-T1', 0], ['2025-T2', 1]]);
    // Shown as counted, unless secondary suppression took it (which cells it takes depends on the units' order).
    expect([{ count: 8, rate: 160 }, { count: null, rate: null }]).toContainEqual(result.periods[0]!.pilot);
    // c's 3 in 2024-T2 is hidden, and with it the comparison's sum in that term.
    expect(result.periods[1]!.comparison).toEqual({ count: null, rate: null });
    for (const period of result.periods) for (const group of [period.pilot, period.comparison]) if (group.count !== null) expect(group.count).toBeGreaterThanOrEqual(5);
  });

  it('adds counts imported from before Tidlig to what it counted itself', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    await db.insertInto('evaluation_imported_count').values({ unit_id: world.units.pilot!, outcome: 'concern_reports', month: '2025-10', count: 10, source: 'test.csv' }).execute();
    const result = await evaluate(db, world.leader, world.municipality.id, request(world.units.pilot!));
    // The pilot's 2025-T1 is now 15, not 5: +7 from the base (+140 per 100) against the comparison's +40,
    // so ATT(2025-T1) = +100, ATT(2025-T2) still −100: overall 0.
    expect(result.estimate?.effect).toBeCloseTo(0, 9);
  });

  it('writes one audit event per view', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    await evaluate(db, world.leader, world.municipality.id, request(world.units.pilot!));
    const events = await db.selectFrom('audit_event').select(['action', 'outcome']).where('resource_type', '=', 'evaluation').where('resource_id', '=', world.municipality.id).execute();
    expect(events).toEqual([{ action: 'read', outcome: 'allowed' }]);
  });

  it('lets neither staff nor another municipality’s leader in', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    await expect(evaluate(db, world.staff, world.municipality.id, request(world.units.pilot!))).rejects.toBeInstanceOf(NotFoundError);
    await expect(evaluate(db, world.otherLeader, world.municipality.id, request(world.units.pilot!))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers without an estimate when the pilot unit is not the municipality’s', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const result = await evaluate(db, world.leader, world.municipality.id, request('00000000-0000-4000-8000-000000000001'));
    expect(result.estimate).toBeNull();
    expect(result.noEstimate).toBe('no-pilot-units');
  });
});
