/** The municipality's guideline as the page reads and saves it: one row per municipality, with its version. */
import type { Trx } from '../kernel/policy/access.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import type { CountryCode } from '../time/zone.ts';
import type { Guideline } from './domain/guideline.ts';

export interface GuidelineRow {
  guideline: Guideline;
  version: number;
  saved_key: string | null;
}

/** Where the municipality sits, for the policy, with its country, which decides the kinds a rule may count. */
export async function locateMunicipality(trx: Trx, municipalityId: string): Promise<(ResourceScope & { countryCode: CountryCode }) | undefined> {
  const row = await trx.selectFrom('municipality').select(['id', 'country_code']).where('id', '=', municipalityId).executeTakeFirst();
  return row && { municipalityId: row.id, unitIds: [], districtIds: [], countryCode: row.country_code };
}

export async function findGuidelineRow(trx: Trx, municipalityId: string): Promise<GuidelineRow | undefined> {
  return trx.selectFrom('attendance_guideline').select(['guideline', 'version', 'saved_key']).where('municipality_id', '=', municipalityId).executeTakeFirst();
}

/**
 * Saves the guideline if the stored version is still `readVersion` (0: none is set yet) and
 * moves the version on; false when someone saved since, and nothing is changed.
 */
export async function saveGuidelineAt(trx: Trx, municipalityId: string, readVersion: number, guideline: Guideline, key: string): Promise<boolean> {
  const json = JSON.stringify(guideline);
  if (readVersion === 0) {
    const inserted = await trx
      .insertInto('attendance_guideline')
      .values({ municipality_id: municipalityId, guideline: json, saved_key: key })
      .onConflict((oc) => oc.column('municipality_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await trx
    .updateTable('attendance_guideline')
    .set((eb) => ({ guideline: json, saved_key: key, version: eb('version', '+', 1) }))
    .where('municipality_id', '=', municipalityId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
