/** Queries of the activity log. Only reached through service.ts, behind the policy. */
import type { Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { locateUnit } from '../kernel/policy/locate.ts';
import type { ActivityEntryTable } from './tables.ts';

export { locateUnit };

/** How many of their own entries a contact sees: a term's worth and more. */
const OWN_LIST_LIMIT = 200;

export interface EntryRow {
  id: string;
  unit_id: string;
  unit_name: string;
  contact_staff_id: string;
  kind: ActivityEntryTable['kind'];
  held_on: string;
  minutes: number;
  people: number;
  note: string | null;
  version: number;
}

/** An entry is its contact's alone: its scope names them as owner, so anyone else is denied (answered as not found). */
export async function locateEntryOfContact(db: Db, id: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('activity_entry').select(['unit_id', 'contact_staff_id']).where('id', '=', id).executeTakeFirst();
  const unit = row && (await locateUnit(db, row.unit_id));
  return unit && { ...unit, ownerStaffId: row.contact_staff_id };
}

export async function locateMunicipality(db: Db, municipalityId: string): Promise<ResourceScope | undefined> {
  const row = await db.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst();
  return row && { municipalityId: row.id, unitIds: [], districtIds: [] };
}

function entries(db: Db) {
  return db
    .selectFrom('activity_entry as a')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.unit_id', 'u.name as unit_name', 'a.contact_staff_id', 'a.kind', 'a.held_on', 'a.minutes', 'a.people', 'a.note', 'a.version']);
}

export function findEntry(db: Db, id: string): Promise<EntryRow | undefined> {
  return entries(db).where('a.id', '=', id).executeTakeFirst();
}

export async function findEntryIdByKey(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('activity_entry').select('id').where('idempotency_key', '=', key).executeTakeFirst())?.id;
}

export function listOwn(db: Db, staffId: string): Promise<EntryRow[]> {
  return entries(db).where('a.contact_staff_id', '=', staffId).orderBy('a.held_on', 'desc').orderBy('a.created_at', 'desc').limit(OWN_LIST_LIMIT).execute();
}

export async function insertEntry(db: Db, values: Insertable<ActivityEntryTable>): Promise<void> {
  await db.insertInto('activity_entry').values(values).execute();
}

export type EntryChange = Pick<ActivityEntryTable, 'municipality_id' | 'unit_id' | 'kind' | 'held_on' | 'minutes' | 'people' | 'note'>;

/** Rewrites the entry if it is still at the version read; false when someone changed it since. */
export async function updateEntry(db: Db, id: string, readVersion: number, change: EntryChange): Promise<boolean> {
  const result = await db
    .updateTable('activity_entry')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes the entry if it is still at the version read; false when someone changed it since. */
export async function deleteEntry(db: Db, id: string, readVersion: number): Promise<boolean> {
  const result = await db.deleteFrom('activity_entry').where('id', '=', id).where('version', '=', readVersion).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function unitsOfMunicipality(db: Db, municipalityId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).orderBy('name').execute();
}
