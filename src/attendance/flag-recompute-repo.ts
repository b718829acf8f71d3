/** The queries of a recompute: the guideline it applies, the set-based raise of one rule, the municipalities to run. */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { IsoDate } from '../time/dates.ts';
import type { Guideline, GuidelineRule } from './domain/guideline.ts';
import type { DateRange } from './domain/windows.ts';
import { figuresQuery } from './flag-sql.ts';

export function findGuidelineSetting(db: Trx | Db, municipalityId: string) {
  return db
    .selectFrom('attendance_guideline as g')
    .innerJoin('municipality as m', 'm.id', 'g.municipality_id')
    .select(['g.guideline', 'm.country_code'])
    .where('g.municipality_id', '=', municipalityId)
    .executeTakeFirst();
}

export async function listMunicipalitiesWithGuideline(db: Db): Promise<string[]> {
  return (await db.selectFrom('attendance_guideline').select('municipality_id').execute()).map((row) => row.municipality_id);
}

/** The pupils an import added or changed absence for: those rows carry its id (an unchanged row is left as it was, with the id of the import that wrote it). */
export async function listChildrenWrittenBy(trx: Trx | Db, importId: string): Promise<string[]> {
  const rows = await trx.selectFrom('absence').select('child_id').distinct().where('import_id', '=', importId).execute();
  return rows.map((row) => row.child_id);
}

export interface RuleRun {
  municipalityId: string;
  guideline: Guideline;
  rule: GuidelineRule;
  window: DateRange;
  schoolDays: IsoDate[];
  asOf: IsoDate;
  /** The pupils to recompute; every pupil of the municipality when absent. */
  children?: readonly string[];
}

/**
 * One rule over every pupil in one statement: a pupil who reaches it gets an open flag, or has
 * the open one's figures refreshed; a handled flag whose window still lasts keeps a new one from
 * being raised. Answers how many were raised.
 */
export async function raiseOrRefreshFlags(trx: Trx | Db, run: RuleRun): Promise<number> {
  const { rows } = await raiseOrRefreshStatement(run).execute(trx);
  return rows[0]?.raised ?? 0;
}

function raiseOrRefreshStatement({ municipalityId, guideline, rule, window, schoolDays, asOf, children }: RuleRun) {
  const reached = rule.comparison === 'more_than' ? sql`value > ${rule.threshold}` : sql`value >= ${rule.threshold}`;
  return sql<{ raised: number; refreshed: number }>`
    with hits as (
      select * from (${figuresQuery(rule, municipalityId, schoolDays, guideline.dayMinutes, children)}) figures where ${reached}
    ),
    refreshed as (
      update attendance_flag f
         set value = h.value, unit_id = h.unit_id, window_from = ${window.from}::date, window_to = ${window.to}::date,
             school_days = ${schoolDays.length}, stage = ${rule.stage}, threshold = ${rule.threshold}
        from hits h
       where f.child_id = h.child_id and f.rule_id = ${rule.id} and f.status = 'open'
      returning f.id
    ),
    raised as (
      insert into attendance_flag (child_id, unit_id, municipality_id, rule_id, stage, measure, comparison, threshold, value,
                                   window_from, window_to, school_days, raised_on)
      select h.child_id, h.unit_id, ${municipalityId}::uuid, ${rule.id}, ${rule.stage}, ${rule.measure}, ${rule.comparison},
             ${rule.threshold}, h.value, ${window.from}::date, ${window.to}::date, ${schoolDays.length}, ${asOf}::date
        from hits h
       where not exists (
         select 1 from attendance_flag f
          where f.child_id = h.child_id and f.rule_id = ${rule.id}
            and (f.status = 'open' or f.window_to >= ${window.from}::date))
      returning id
    )
    select (select count(*) from raised)::int as raised, (select count(*) from refreshed)::int as refreshed
  `;
}
