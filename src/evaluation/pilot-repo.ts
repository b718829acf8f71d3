/** The saved pilots' queries. Reached only from pilot-service.ts. */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';
import type { Pilot } from './schema.ts';
import './tables.ts';

/** The municipality a pilot belongs to, or undefined when there is no such pilot. */
export async function municipalityOfPilot(trx: Trx, pilotId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('evaluation_pilot').select('municipality_id').where('id', '=', pilotId).executeTakeFirst();
  return row?.municipality_id;
}

export async function municipalityExists(trx: Trx, municipalityId: string): Promise<boolean> {
  return (await trx.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst()) !== undefined;
}

/** The ids of the municipality's units among those given. */
export async function unitsOfMunicipality(trx: Trx, municipalityId: string, unitIds: readonly string[]): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await trx.selectFrom('unit').select('id').where('municipality_id', '=', municipalityId).where('id', 'in', unitIds).execute();
  return new Set(rows.map((row) => row.id));
}

/** The municipality's pilots, by name; each with its units in the order of their ids. */
export async function listPilots(trx: Trx, municipalityId: string, pilotId?: string): Promise<Pilot[]> {
  let query = trx.selectFrom('evaluation_pilot').select(['id', 'name', 'comparison', 'version']).where('municipality_id', '=', municipalityId);
  if (pilotId) query = query.where('id', '=', pilotId);
  const pilots = await query.orderBy('name').orderBy('id').execute();
  if (pilots.length === 0) return [];
  const units = await trx
    .selectFrom('evaluation_pilot_unit')
    .select(['pilot_id', 'unit_id', 'started_on'])
    .where(
      'pilot_id',
      'in',
      pilots.map((p) => p.id),
    )
    .orderBy('unit_id')
    .execute();
  return pilots.map((pilot) => {
    const own = units.filter((unit) => unit.pilot_id === pilot.id);
    return {
      ...pilot,
      units: own.flatMap((unit) => (unit.started_on === null ? [] : [{ unitId: unit.unit_id, startedOn: unit.started_on }])),
      comparisonUnits: own.flatMap((unit) => (unit.started_on === null ? [unit.unit_id] : [])),
    };
  });
}

/** Inserts a new pilot at version 1; false when its id was taken meanwhile. */
export async function insertPilot(trx: Trx, municipalityId: string, pilot: Omit<Pilot, 'version'>): Promise<boolean> {
  const inserted = await trx
    .insertInto('evaluation_pilot')
    .values({ id: pilot.id, municipality_id: municipalityId, name: pilot.name, comparison: pilot.comparison })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await insertUnits(trx, pilot);
  return true;
}

/** Replaces a pilot, if it still has the version the leader read; answers whether it did. */
export async function replacePilot(trx: Trx, pilot: Omit<Pilot, 'version'>, versionRead: number): Promise<boolean> {
  const updated = await trx
    .updateTable('evaluation_pilot')
    .set({ name: pilot.name, comparison: pilot.comparison, version: sql`version + 1` })
    .where('id', '=', pilot.id)
    .where('version', '=', versionRead)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await trx.deleteFrom('evaluation_pilot_unit').where('pilot_id', '=', pilot.id).execute();
  await insertUnits(trx, pilot);
  return true;
}

async function insertUnits(trx: Trx, pilot: Omit<Pilot, 'version'>): Promise<void> {
  const rows = [
    ...pilot.units.map((unit) => ({ pilot_id: pilot.id, unit_id: unit.unitId, started_on: unit.startedOn })),
    ...pilot.comparisonUnits.map((unitId) => ({ pilot_id: pilot.id, unit_id: unitId, started_on: null })),
  ];
  await trx.insertInto('evaluation_pilot_unit').values(rows).execute();
}
