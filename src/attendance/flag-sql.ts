/**
 * Each measure of domain/measures.ts as one set-based SQL query over every pupil of a
 * municipality at once: the figure per pupil, counted over the window's school days (passed in
 * as an ordered array, so the database needs no calendar of its own). Runs and single days use
 * window functions over the school days' ordinals. domain/measures.ts is the reference;
 * flags.int.test.ts checks the two agree.
 */
import { sql, type RawBuilder } from 'kysely';
import type { GuidelineRule } from './domain/guideline.ts';

/** Rows (child_id, unit_id, value) for every pupil with a counted absence in the window. */
export function figuresQuery(rule: GuidelineRule, municipalityId: string, schoolDays: string[], dayMinutes: number): RawBuilder<unknown> {
  const kinds = [...rule.kinds];
  const counted = sql`
    select a.child_id, a.unit_id, a.date, a.lesson, a.minutes, d.ord
    from absence a
    join unnest(${schoolDays}::date[]) with ordinality as d(date, ord) on d.date = a.date
    where a.municipality_id = ${municipalityId}::uuid and a.kind = any(${kinds}::text[])`;
  const latestUnit = sql`(array_agg(unit_id order by date desc))[1]`;
  switch (rule.measure) {
    case 'days':
      return sql`select child_id, ${latestUnit} as unit_id, count(distinct date)::numeric as value from (${counted}) c where lesson = 0 group by child_id`;
    case 'lessons':
      return sql`select child_id, ${latestUnit} as unit_id, count(*)::numeric as value from (${counted}) c where lesson > 0 group by child_id`;
    case 'occurrences':
      return sql`select child_id, ${latestUnit} as unit_id, count(*)::numeric as value from (${counted}) c group by child_id`;
    case 'percent':
      return sql`
        select child_id, ${latestUnit} as unit_id,
               100.0 * sum(missed) / ${schoolDays.length * dayMinutes}::numeric as value
        from (select child_id, date, max(unit_id::text)::uuid as unit_id, least(sum(minutes), ${dayMinutes}) as missed
              from (${counted}) c group by child_id, date) per_day
        group by child_id`;
    case 'days_in_a_row':
      return sql`
        select child_id, ${latestUnit} as unit_id, max(run)::numeric as value
        from (select child_id, unit_id, date, count(*) over (partition by child_id, island) as run
              from (select child_id, unit_id, date, ord - row_number() over (partition by child_id order by ord) as island
                    from (select distinct child_id, unit_id, date, ord from (${counted}) c where lesson = 0) days) islands) runs
        group by child_id`;
    case 'single_days':
      return sql`
        select child_id, ${latestUnit} as unit_id,
               count(*) filter (where coalesce(prev_ord, -1) <> ord - 1 and coalesce(next_ord, -1) <> ord + 1)::numeric as value
        from (select child_id, unit_id, date, ord,
                     lag(ord) over (partition by child_id order by ord) as prev_ord,
                     lead(ord) over (partition by child_id order by ord) as next_ord
              from (select distinct child_id, unit_id, date, ord from (${counted}) c where lesson = 0) days) neighbours
        group by child_id`;
  }
}
