import { expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../testing/register-factories.ts';
import type { Trx } from './access.ts';
import { withSystemAccess, withTokenAccess, type SystemAccessRequest, type TokenAccessRequest } from './named-access.ts';

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const unit = await buildUnit(db, { municipality_id: municipality.id });
  const staff = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role: 'leader' });
  return { unit, staffId: staff.id };
}

const rename = (trx: Trx, unitId: string) => trx.updateTable('unit').set({ name: 'Renamed' }).where('id', '=', unitId).execute();

async function eventsOf(db: Db, unitId: string) {
  return db
    .selectFrom('audit_event')
    .select(['outcome', 'purpose', 'actor_staff_id', 'actor_role', 'actor_unit_id', 'action'])
    .where('resource_type', '=', 'unit')
    .where('resource_id', '=', unitId)
    .orderBy('id')
    .execute();
}

async function nameOf(db: Db, unitId: string) {
  return (await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name;
}

describeEachEngine('withSystemAccess', (use) => {
  const request = (unitId: string | undefined): SystemAccessRequest<string> => ({
    action: 'update',
    locate: async () => unitId,
    resource: (id) => ({ type: 'unit', id }),
    purpose: 'tidying',
  });

  it('runs the work on what it located and writes one allowed event with no staff, naming the job', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const done = await withSystemAccess(db, 'renamer', request(w.unit.id), async (trx, id) => {
      await rename(trx, id);
      return 7;
    });
    expect(done).toEqual({ found: w.unit.id, value: 7 });
    expect(await nameOf(db, w.unit.id)).toBe('Renamed');
    expect(await eventsOf(db, w.unit.id)).toEqual([
      { outcome: 'allowed', purpose: 'job: renamer; tidying', actor_staff_id: null, actor_role: null, actor_unit_id: null, action: 'update' },
    ]);
  });

  it('audits a work that throws as failed, in a transaction of its own, keeps nothing it wrote, and rethrows', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const failure = new Error('mail server down');
    const attempt = withSystemAccess(db, 'renamer', request(w.unit.id), async (trx, id) => {
      await rename(trx, id);
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect(await nameOf(db, w.unit.id)).toBe(w.unit.name);
    expect((await eventsOf(db, w.unit.id)).map((e) => [e.outcome, e.purpose, e.actor_staff_id])).toEqual([['failed', 'job: renamer; tidying', null]]);
  });

  it('runs nothing and audits nothing when there is nothing to do', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    let ran = false;
    expect(await withSystemAccess(db, 'renamer', request(undefined), async () => (ran = true))).toBeUndefined();
    expect(ran).toBe(false);
    expect(await eventsOf(db, w.unit.id)).toEqual([]);
  });
});

describeEachEngine('withTokenAccess', (use) => {
  const request = (staffId: string | undefined, unitId: string): TokenAccessRequest => ({
    action: 'read',
    owner: async (trx) => {
      if (!staffId) return undefined;
      const m = await trx.selectFrom('membership').select(['role', 'unit_id']).where('staff_id', '=', staffId).executeTakeFirst();
      return { staffId, membership: m && { role: m.role, unitId: m.unit_id } };
    },
    resource: () => ({ type: 'unit', id: unitId }),
  });

  it("reads as the token's owner, in their role, with one allowed event per fetch", async () => {
    const { db } = use();
    const w = await buildWorld(db);
    for (let i = 0; i < 2; i++) {
      const read = await withTokenAccess(db, request(w.staffId, w.unit.id), async (_trx, owner) => owner.staffId);
      expect(read?.value).toBe(w.staffId);
    }
    const events = await eventsOf(db, w.unit.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({ outcome: 'allowed', purpose: null, actor_staff_id: w.staffId, actor_role: 'leader', actor_unit_id: w.unit.id, action: 'read' });
  });

  it('audits a work that throws as failed, keeps nothing it wrote, and rethrows', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const failure = new Error('render failed');
    const attempt = withTokenAccess(db, request(w.staffId, w.unit.id), async (trx) => {
      await rename(trx, w.unit.id);
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect(await nameOf(db, w.unit.id)).toBe(w.unit.name);
    expect((await eventsOf(db, w.unit.id)).map((e) => [e.outcome, e.actor_staff_id])).toEqual([['failed', w.staffId]]);
  });

  it('answers undefined for an unknown token, with no event', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    expect(await withTokenAccess(db, request(undefined, w.unit.id), async () => 1)).toBeUndefined();
    expect(await eventsOf(db, w.unit.id)).toEqual([]);
  });
});
