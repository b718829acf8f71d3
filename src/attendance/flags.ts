/**
 * Recomputing a municipality's flags from its guideline: one statement per rule, set-based over
 * every pupil (flag-sql.ts). A pupil who reaches a rule gets an open flag, or has the open one's
 * figures refreshed; a flag is never removed by a recompute, so it is open until someone handles
 * it. A handled flag keeps a new one for the same rule from being raised while its window lasts.
 */
import { sql } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { withSystemAccess } from '../kernel/policy/named-access.ts';
import type { IsoDate } from '../time/dates.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import type { CountryCode } from '../time/zone.ts';
import type { Guideline, GuidelineRule } from './domain/guideline.ts';
import { schoolDaysIn, windowOn } from './domain/windows.ts';
import { figuresQuery } from './flag-sql.ts';
import { listSchoolHolidays } from './import-repo.ts';

/** Recomputes every rule of the municipality's guideline on `asOf`; answers how many flags were raised. */
export async function recomputeFlags(trx: Trx | Db, municipalityId: string, asOf: IsoDate): Promise<number> {
  const setting = await trx
    .selectFrom('attendance_guideline as g')
    .innerJoin('municipality as m', 'm.id', 'g.municipality_id')
    .select(['g.guideline', 'm.country_code'])
    .where('g.municipality_id', '=', municipalityId)
    .executeTakeFirst();
  if (!setting) return 0;
  const calendar: SchoolCalendar = { country: setting.country_code as CountryCode, holidays: await listSchoolHolidays(trx, municipalityId) };
  let raised = 0;
  for (const rule of setting.guideline.rules) raised += await applyRule(trx, municipalityId, setting.guideline, rule, calendar, asOf);
  return raised;
}

async function applyRule(trx: Trx | Db, municipalityId: string, guideline: Guideline, rule: GuidelineRule, calendar: SchoolCalendar, asOf: IsoDate): Promise<number> {
  const window = windowOn(rule.window, asOf);
  const schoolDays = schoolDaysIn(calendar, window);
  if (schoolDays.length === 0) return 0;
  const reached = rule.comparison === 'more_than' ? sql`value > ${rule.threshold}` : sql`value >= ${rule.threshold}`;
  const { rows } = await sql<{ raised: number }>`
    with hits as (
      select * from (${figuresQuery(rule, municipalityId, schoolDays, guideline.dayMinutes)}) figures where ${reached}
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
  `.execute(trx);
  return rows[0]?.raised ?? 0;
}

/** Recomputes every municipality with a guideline: the nightly run. */
export async function recomputeAllFlags(db: Db, asOf: IsoDate): Promise<number> {
  const municipalities = await db.selectFrom('attendance_guideline').select('municipality_id').execute();
  let raised = 0;
  for (const { municipality_id } of municipalities) {
    // A system access: one audited transaction per municipality, naming its flags.
    const done = await withSystemAccess(
      db,
      'attendance flags',
      { action: 'update', locate: async () => municipality_id, resource: (id) => ({ type: 'attendance_flags', id }) },
      (trx, id) => recomputeFlags(trx, id, asOf),
    );
    raised += done?.value ?? 0;
  }
  return raised;
}
