/**
 * Saved pilots on the database: saved whole with the version read, a repeated save leaves one
 * pilot unchanged, a stale version is refused, leaders of the municipality only.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { listPilots, savePilot } from './pilot-service.ts';

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const [a, b, c] = [await buildUnit(db, { municipality_id: municipality.id }), await buildUnit(db, { municipality_id: municipality.id }), await buildUnit(db, { municipality_id: municipality.id })];
  const leader = await actor(db, await buildPerson(db, 'leader', { id: a.id, municipality_id: municipality.id }));
  const staff = await actor(db, await buildPerson(db, 'staff', { id: a.id, municipality_id: municipality.id }));
  const elsewhere = await buildMunicipality(db);
  const otherUnit = await buildUnit(db, { municipality_id: elsewhere.id });
  const otherLeader = await actor(db, await buildPerson(db, 'leader', otherUnit));
  return { municipalityId: municipality.id, units: [a.id, b.id, c.id] as const, leader, staff, elsewhereId: elsewhere.id, otherUnitId: otherUnit.id, otherLeader };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

const pilotOf = (world: World, version = 0) => ({
  name: 'Nettverksrådgiver 2025',
  units: [{ unitId: world.units[0], startedOn: '2025-08-01' }],
  comparison: 'chosen' as const,
  comparisonUnits: [world.units[2]],
  version,
});

const refusal = (status: number, code: string) => expect.objectContaining({ name: 'RuleViolation', status, code });

describeEachEngine('saved pilots', (use) => {
  it('saves a new pilot at version 1 and lists it with its units and chosen comparison', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const id = randomUUID();
    const saved = await savePilot(db, world.leader, world.municipalityId, id, pilotOf(world));
    expect(saved).toEqual({ id, name: 'Nettverksrådgiver 2025', units: [{ unitId: world.units[0], startedOn: '2025-08-01' }], comparison: 'chosen', comparisonUnits: [world.units[2]], version: 1 });
    expect(await listPilots(db, world.leader, world.municipalityId)).toEqual({ pilots: [saved] });
  });

  it('makes one pilot of the same new save sent twice, and writes one audit event per save', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const id = randomUUID();
    const first = await savePilot(db, world.leader, world.municipalityId, id, pilotOf(world));
    const again = await savePilot(db, world.leader, world.municipalityId, id, pilotOf(world));
    expect(again).toEqual(first);
    expect((await listPilots(db, world.leader, world.municipalityId)).pilots).toHaveLength(1);
    const events = await db.selectFrom('audit_event').select(['action', 'outcome']).where('resource_type', '=', 'evaluation_pilot').where('resource_id', '=', id).execute();
    expect(events).toEqual([
      { action: 'create', outcome: 'allowed' },
      { action: 'create', outcome: 'allowed' },
    ]);
  });

  it('saves a change with the version read, and refuses one made on a stale version with 409', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const id = randomUUID();
    await savePilot(db, world.leader, world.municipalityId, id, pilotOf(world));
    const changed = { ...pilotOf(world, 1), units: [{ unitId: world.units[1], startedOn: '2026-01-01' }, { unitId: world.units[0], startedOn: '2025-08-01' }], comparison: 'all_of_kind' as const };
    const saved = await savePilot(db, world.leader, world.municipalityId, id, changed);
    // Units in the order of their ids; no comparison units once the comparison is all of the kind.
    expect(saved.version).toBe(2);
    expect(saved.units).toEqual([...changed.units].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)));
    expect(saved.comparisonUnits).toEqual([]);
    await expect(savePilot(db, world.leader, world.municipalityId, id, { ...pilotOf(world, 1), name: 'Another name' })).rejects.toEqual(refusal(409, 'conflict'));
    // A new pilot whose id is already taken, with other content, is a stale save too.
    await expect(savePilot(db, world.leader, world.municipalityId, id, { ...pilotOf(world, 0), name: 'Another name' })).rejects.toEqual(refusal(409, 'conflict'));
    expect((await listPilots(db, world.leader, world.municipalityId)).pilots[0]?.version).toBe(2);
  });

  it('refuses units of another municipality, and a unit both in the pilot and the comparison', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    await expect(savePilot(db, world.leader, world.municipalityId, randomUUID(), { ...pilotOf(world), comparisonUnits: [world.otherUnitId] })).rejects.toEqual(refusal(400, 'unknown_unit'));
    await expect(savePilot(db, world.leader, world.municipalityId, randomUUID(), { ...pilotOf(world), comparisonUnits: [world.units[0]] })).rejects.toThrow(/comparison_in_pilot/);
    await expect(savePilot(db, world.leader, world.municipalityId, randomUUID(), { ...pilotOf(world), comparisonUnits: [] })).rejects.toThrow(/no_comparison_units/);
    expect((await listPilots(db, world.leader, world.municipalityId)).pilots).toEqual([]);
  });

  it('lets only the municipality’s leaders list and save, and keeps a pilot to its municipality', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const id = randomUUID();
    await expect(savePilot(db, world.staff, world.municipalityId, id, pilotOf(world))).rejects.toBeInstanceOf(NotFoundError);
    await expect(savePilot(db, world.otherLeader, world.municipalityId, id, pilotOf(world))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPilots(db, world.staff, world.municipalityId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPilots(db, world.otherLeader, world.municipalityId)).rejects.toBeInstanceOf(NotFoundError);
    await savePilot(db, world.leader, world.municipalityId, id, pilotOf(world));
    // The other municipality's leader cannot take the pilot over by naming it under their own municipality.
    const theirs = { ...pilotOf(world, 1), units: [{ unitId: world.otherUnitId, startedOn: '2025-08-01' }], comparison: 'all_of_kind' as const, comparisonUnits: [] };
    await expect(savePilot(db, world.otherLeader, world.elsewhereId, id, theirs)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPilots(db, world.otherLeader, world.elsewhereId)).pilots).toEqual([]);
  });
});
