import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { WriteInReadError } from '../db/read-only.ts';
import { NotFoundError, RuleViolation } from '../errors.ts';
import { actor } from '../testing/actors.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../testing/register-factories.ts';
import { withAccess, type AccessRequest, type Trx } from './access.ts';

/** A school and a member of its staff, who may read (and, here, rename) the organisation. */
async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const unit = await buildUnit(db, { municipality_id: municipality.id });
  const staff = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: staff.id, unit_id: unit.id, role: 'staff' });
  const request: AccessRequest = {
    permission: 'organisation.read',
    action: 'update',
    resourceType: 'unit',
    resourceId: unit.id,
    purpose: 'renaming',
    locate: async () => ({ municipalityId: municipality.id, unitIds: [unit.id], districtIds: [] }),
  };
  return { unit, staffId: staff.id, request };
}

const rename = (trx: Trx, unitId: string) => trx.updateTable('unit').set({ name: 'Renamed' }).where('id', '=', unitId).execute();

async function eventsOf(db: Db, unitId: string) {
  return db
    .selectFrom('audit_event')
    .select(['outcome', 'purpose', 'actor_staff_id', 'action'])
    .where('resource_type', '=', 'unit')
    .where('resource_id', '=', unitId)
    .orderBy('id')
    .execute();
}

async function nameOf(db: Db, unitId: string) {
  return (await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name;
}

describeEachEngine('withAccess', (use) => {
  it('audits a refusal the work returns as refused, with its code, keeps nothing the work wrote, and throws it', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const refusal = new RuleViolation(409, 'conflict', 'Changed by someone else.');
    const attempt = withAccess(db, await actor(db, w.staffId), w.request, async (trx) => {
      await rename(trx, w.unit.id);
      return refusal;
    });
    await expect(attempt).rejects.toBe(refusal);
    expect(await nameOf(db, w.unit.id)).toBe(w.unit.name);
    expect(await eventsOf(db, w.unit.id)).toEqual([
      { outcome: 'refused', purpose: 'renaming; refused: conflict', actor_staff_id: w.staffId, action: 'update' },
    ]);
  });

  it('audits a refusal the work throws, or a record it did not find, as refused too', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const who = await actor(db, w.staffId);
    const thrown = withAccess(db, who, w.request, async () => {
      throw new RuleViolation(400, 'validation_failed', 'Bad input.');
    });
    await expect(thrown).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(withAccess(db, who, w.request, async () => new NotFoundError('staff'))).rejects.toBeInstanceOf(NotFoundError);
    expect((await eventsOf(db, w.unit.id)).map((e) => [e.outcome, e.purpose])).toEqual([
      ['refused', 'renaming; refused: validation_failed'],
      ['refused', 'renaming; refused: not_found'],
    ]);
  });

  it('audits a work that throws as failed, in a transaction of its own, keeps nothing it wrote, and rethrows', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const failure = new Error('disk on fire');
    const attempt = withAccess(db, await actor(db, w.staffId), w.request, async (trx) => {
      await rename(trx, w.unit.id);
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect(await nameOf(db, w.unit.id)).toBe(w.unit.name);
    expect(await eventsOf(db, w.unit.id)).toEqual([{ outcome: 'failed', purpose: 'renaming', actor_staff_id: w.staffId, action: 'update' }]);
  });

  it('keeps what an allowed work wrote, with one allowed event', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const value = await withAccess(db, await actor(db, w.staffId), w.request, async (trx) => {
      await rename(trx, w.unit.id);
      return 42;
    });
    expect(value).toBe(42);
    expect(await nameOf(db, w.unit.id)).toBe('Renamed');
    expect((await eventsOf(db, w.unit.id)).map((e) => e.outcome)).toEqual(['allowed']);
  });

  it('answers a read after its event, and refuses a read that writes before the write is sent, audited as failed', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const read: AccessRequest = { ...w.request, action: 'read' };
    const who = await actor(db, w.staffId);
    expect(await withAccess(db, who, read, (trx) => nameOf(trx, w.unit.id))).toBe(w.unit.name);

    const writing = withAccess(db, who, read, async (trx) => {
      await rename(trx, w.unit.id);
      return 42;
    });
    await expect(writing).rejects.toBeInstanceOf(WriteInReadError);
    const rawWrite = withAccess(db, who, read, (trx) => sql`update unit set name = 'Renamed' where id = ${w.unit.id}`.execute(trx));
    await expect(rawWrite).rejects.toBeInstanceOf(WriteInReadError);
    expect(await nameOf(db, w.unit.id)).toBe(w.unit.name);
    expect((await eventsOf(db, w.unit.id)).map((e) => [e.outcome, e.action])).toEqual([
      ['allowed', 'read'],
      ['failed', 'read'],
      ['failed', 'read'],
    ]);
  });
});
