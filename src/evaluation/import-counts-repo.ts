/** Queries of the counts import: the municipality's units by name, and the upsert. Reached only from import-counts.ts. */
import type { Trx } from '../kernel/policy/access.ts';
import type { ImportedCount } from './domain/imported-counts.ts';
import './tables.ts';

export function unitNames(trx: Trx, municipalityId: string): Promise<{ id: string; name: string }[]> {
  return trx.selectFrom('unit').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute();
}

/** A month's count of a unit and outcome imported again replaces the one before: the newest file is right. */
export async function upsertImportedCounts(trx: Trx, rows: readonly ImportedCount[], source: string, at: Date): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    await trx
      .insertInto('evaluation_imported_count')
      .values(rows.slice(start, start + 1000).map((row) => ({ unit_id: row.unitId, outcome: row.outcome, month: row.month, count: row.count, source, imported_at: at })))
      .onConflict((conflict) =>
        conflict.columns(['unit_id', 'outcome', 'month']).doUpdateSet((eb) => ({ count: eb.ref('excluded.count'), source: eb.ref('excluded.source'), imported_at: eb.ref('excluded.imported_at') })),
      )
      .execute();
  }
}
