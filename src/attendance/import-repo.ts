/** The import's queries: the saved mapping, the register's pupils by identity number, and set-based writes of absence rows. */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode } from '../kernel/db/tables.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { HolidayPeriod } from '../time/school-calendar.ts';
import type { AbsenceKind } from './domain/absence.ts';
import type { Guideline } from './domain/guideline.ts';
import type { ColumnMapping } from './domain/mapping.ts';
import type { RejectionReason } from './domain/mapping.ts';

export interface MunicipalityRow {
  id: string;
  country_code: CountryCode;
}

export async function findMunicipalityByCode(db: Db | Trx, code: string): Promise<MunicipalityRow | undefined> {
  return db.selectFrom('municipality').select(['id', 'country_code']).where('code', '=', code).executeTakeFirst();
}

export async function findMapping(db: Db | Trx, municipalityId: string, source: string): Promise<ColumnMapping | undefined> {
  const row = await db
    .selectFrom('attendance_mapping')
    .select('mapping')
    .where('municipality_id', '=', municipalityId)
    .where('source', '=', source)
    .executeTakeFirst();
  return row?.mapping;
}

export async function saveMapping(db: Db | Trx, municipalityId: string, source: string, mapping: ColumnMapping): Promise<void> {
  const json = JSON.stringify(mapping);
  await db
    .insertInto('attendance_mapping')
    .values({ municipality_id: municipalityId, source, mapping: json })
    .onConflict((oc) => oc.columns(['municipality_id', 'source']).doUpdateSet({ mapping: json, updated_at: sql`now()` }))
    .execute();
}

export async function listSchoolHolidays(db: Db | Trx, municipalityId: string): Promise<HolidayPeriod[]> {
  const rows = await db.selectFrom('school_holiday').select(['from_date', 'to_date', 'label']).where('municipality_id', '=', municipalityId).execute();
  return rows.map((h) => ({ from: h.from_date, to: h.to_date, label: h.label }));
}

/**
 * The pupils among `nationalIds` enrolled at a school of the municipality (or at `unitId` only),
 * with their school. The numbers go as one array parameter: thousands of `in` parameters cost
 * more to send and plan than the lookup itself.
 */
export async function findPupils(trx: Trx, municipalityId: string, unitId: string | null, nationalIds: string[]): Promise<Map<string, { childId: string; unitId: string }>> {
  if (nationalIds.length === 0) return new Map();
  let query = trx
    .selectFrom('child as c')
    .innerJoin('enrolment as e', 'e.child_id', 'c.id')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .select(['c.national_id', 'c.id', 'e.unit_id'])
    .where('c.municipality_id', '=', municipalityId)
    .where('u.kind', '=', 'school')
    .where(sql<boolean>`c.national_id = any(${nationalIds}::text[])`);
  if (unitId) query = query.where('e.unit_id', '=', unitId);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.national_id, { childId: r.id, unitId: r.unit_id }]));
}

export interface AbsenceInput {
  childId: string;
  unitId: string;
  date: string;
  lesson: number;
  minutes: number;
  kind: AbsenceKind;
}

/**
 * The keys the file holds, kept for the import's transaction only: a corrected file's rows are
 * told from the earlier rows it no longer holds by them, so that an unchanged row need not be
 * rewritten to carry the import's id (a temporary table has no log, constraint or index to keep).
 */
export async function createHeldKeys(trx: Trx): Promise<void> {
  await sql`create temporary table attendance_import_held (child_id uuid, date date, lesson smallint) on commit drop`.execute(trx);
}

export async function dropHeldKeys(trx: Trx): Promise<void> {
  await sql`drop table pg_temp.attendance_import_held`.execute(trx);
}

/**
 * Writes a batch in one statement, keeps its keys as held, and answers how many rows it added or
 * changed: a row the same as the file's is left alone (the update's `where`), so a re-import
 * rewrites nothing and the rows returned are exactly the ones added or changed.
 */
export async function upsertAbsences(trx: Trx, municipalityId: string, source: string, importId: string, rows: AbsenceInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <K extends keyof AbsenceInput>(key: K) => rows.map((r) => r[key]);
  const { rows: result } = await sql<{ changed: number }>`
    with input as (
      select * from unnest(${column('childId')}::uuid[], ${column('date')}::date[], ${column('lesson')}::smallint[],
                           ${column('unitId')}::uuid[], ${column('minutes')}::smallint[], ${column('kind')}::text[])
        as t(child_id, date, lesson, unit_id, minutes, kind)
    ),
    held as (
      insert into pg_temp.attendance_import_held select child_id, date, lesson from input
    ),
    written as (
      insert into absence (child_id, date, lesson, unit_id, municipality_id, minutes, kind, source, import_id)
      select child_id, date, lesson, unit_id, ${municipalityId}::uuid, minutes, kind, ${source}, ${importId}::uuid from input
      on conflict (child_id, date, lesson) do update
        set unit_id = excluded.unit_id, minutes = excluded.minutes, kind = excluded.kind,
            source = excluded.source, import_id = excluded.import_id
        where (absence.unit_id, absence.minutes, absence.kind, absence.source)
          is distinct from (excluded.unit_id, excluded.minutes, excluded.kind, excluded.source)
      returning 1
    )
    select count(*)::int as changed from written
  `.execute(trx);
  return result[0]?.changed ?? 0;
}

/**
 * A corrected file replaces what it covers: for each pupil it names, the source's earlier rows
 * between that pupil's first and last date in the file which the file no longer holds.
 */
export async function deleteUncovered(trx: Trx, source: string, coverage: Map<string, { from: string; to: string }>): Promise<number> {
  if (coverage.size === 0) return 0;
  const children = [...coverage.keys()];
  const froms = children.map((id) => coverage.get(id)!.from);
  const tos = children.map((id) => coverage.get(id)!.to);
  const { rows } = await sql<{ deleted: number }>`
    with covered as (select * from unnest(${children}::uuid[], ${froms}::date[], ${tos}::date[]) as c(child_id, from_date, to_date)),
    gone as (
      delete from absence a using covered c
      where a.child_id = c.child_id and a.date between c.from_date and c.to_date and a.source = ${source}
        and not exists (select from pg_temp.attendance_import_held h where (h.child_id, h.date, h.lesson) = (a.child_id, a.date, a.lesson))
      returning 1
    )
    select count(*)::int as deleted from gone
  `.execute(trx);
  return rows[0]?.deleted ?? 0;
}

export async function insertImport(
  trx: Trx,
  values: { municipalityId: string; unitId: string | null; source: string; startedBy: string | null; idempotencyKey: string | null },
): Promise<string> {
  const row = await trx
    .insertInto('attendance_import')
    .values({ municipality_id: values.municipalityId, unit_id: values.unitId, source: values.source, started_by: values.startedBy, idempotency_key: values.idempotencyKey })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The import made under a daily registration's idempotency key, and where it was made. */
export async function findImportByKey(trx: Trx, key: string): Promise<{ id: string; municipality_id: string; unit_id: string | null } | undefined> {
  return trx.selectFrom('attendance_import').select(['id', 'municipality_id', 'unit_id']).where('idempotency_key', '=', key).executeTakeFirst();
}

/** An import's counts and refused rows as they were kept, for a retry's answer. */
export async function findImportReport(trx: Trx, importId: string): Promise<{ rowsRead: number; accepted: number; changed: number; rejected: { line: number; reason: RejectionReason; column: string | null }[] }> {
  const counts = await trx.selectFrom('attendance_import').select(['rows_read', 'accepted', 'changed']).where('id', '=', importId).executeTakeFirstOrThrow();
  const rejected = await trx.selectFrom('attendance_rejection').select(['line', 'reason', 'column_name']).where('import_id', '=', importId).orderBy('line').execute();
  return {
    rowsRead: counts.rows_read,
    accepted: counts.accepted,
    changed: counts.changed,
    rejected: rejected.map((r) => ({ line: r.line, reason: r.reason as RejectionReason, column: r.column_name })),
  };
}

/** A whole school day in minutes by the municipality's guideline, when it has one. */
export async function findDayMinutes(trx: Trx, municipalityId: string): Promise<number | undefined> {
  const row = await trx.selectFrom('attendance_guideline').select('guideline').where('municipality_id', '=', municipalityId).executeTakeFirst();
  return row?.guideline.dayMinutes;
}

export async function finishImport(trx: Trx, importId: string, counts: { rowsRead: number; accepted: number; changed: number; rejected: number }): Promise<void> {
  await trx
    .updateTable('attendance_import')
    .set({ rows_read: counts.rowsRead, accepted: counts.accepted, changed: counts.changed, rejected: counts.rejected })
    .where('id', '=', importId)
    .execute();
}

export async function insertRejections(trx: Trx, importId: string, rejections: { line: number; reason: RejectionReason; column: string | null }[]): Promise<void> {
  for (let i = 0; i < rejections.length; i += 1000) {
    const batch = rejections.slice(i, i + 1000);
    await trx
      .insertInto('attendance_rejection')
      .values(batch.map((r) => ({ import_id: importId, line: r.line, reason: r.reason, column_name: r.column })))
      .execute();
  }
}

export async function saveGuideline(db: Db | Trx, municipalityId: string, guideline: Guideline): Promise<void> {
  const json = JSON.stringify(guideline);
  await db
    .insertInto('attendance_guideline')
    .values({ municipality_id: municipalityId, guideline: json })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet((eb) => ({ guideline: json, saved_key: null, version: eb('attendance_guideline.version', '+', 1) })))
    .execute();
}

/** A dry run does everything, then rolls back to here: its writes, not the transaction's audit event. */
export async function beginDryRun(trx: Trx): Promise<void> {
  await sql`savepoint attendance_dry_run`.execute(trx);
}

export async function undoDryRun(trx: Trx): Promise<void> {
  await sql`rollback to savepoint attendance_dry_run`.execute(trx);
}
