/**
 * Each measure of domain/measures.ts as one set-based SQL query over every pupil of a
 * municipality at once (or over the pupils an import wrote): the figure per pupil, counted over
 * the window's school days (passed in as an ordered array, so the database needs no calendar of
 * its own). Runs and single days use window functions over the school days' ordinals.
 * domain/measures.ts is the reference; flags.int.test.ts checks the two agree.
 *
 * Cheap at scale: the window's first and last school day bound the date, so a month's rule reads
 * a month of absence through (municipality_id, date); whole-day rows are one per pupil and date
 * (lesson 0 in the key), so no query needs a distinct; and the pupil's latest school is taken
 * without sorting each pupil's rows (a max over "date unit" text, or a window already ordered).
 */
import { sql, type RawBuilder } from 'kysely';
import type { GuidelineRule } from './domain/guideline.ts';

/**
 * Rows (child_id, unit_id, value) for every pupil with a counted absence in the window; with
 * `children`, for those pupils only. unit_id is the school of the pupil's latest counted absence.
 */
export function figuresQuery(rule: GuidelineRule, municipalityId: string, schoolDays: string[], dayMinutes: number, children?: readonly string[]): RawBuilder<unknown> {
  const kinds = [...rule.kinds];
  const within = sql`a.municipality_id = ${municipalityId}::uuid and a.kind = any(${kinds}::text[])
      and a.date between ${schoolDays[0]!}::date and ${schoolDays[schoolDays.length - 1]!}::date`;
  // For named pupils, each one's window is read through the key (child_id, date, lesson): a few
  // rows per pupil. Left to itself the planner hashes the municipality's every row in the window
  // instead (its estimate of the pupils is a guess), which is what made an import's recompute slow;
  // `offset 0` keeps the lateral subquery from being flattened into that join. The subquery names
  // the key's columns only: given the municipality too, a planner without statistics (an import's
  // rows are not yet analysed inside its own transaction) read the municipality's window per pupil.
  const rows = children
    ? sql`unnest(${[...new Set(children)]}::uuid[]) as k(child_id)
          cross join lateral (select a.* from absence a where a.child_id = k.child_id
            and a.date between ${schoolDays[0]!}::date and ${schoolDays[schoolDays.length - 1]!}::date offset 0) a`
    : sql`absence a`;
  const counted = sql`
    select a.child_id, a.unit_id, a.date, a.lesson, a.minutes, d.ord
    from ${rows}
    join unnest(${schoolDays}::date[]) with ordinality as d(date, ord) on d.date = a.date
    where ${within}`;
  // The school of the latest absence: ISO dates sort as text, so the greatest "date unit" is the latest.
  const latestUnit = sql`split_part(max(date::text || ' ' || unit_id::text), ' ', 2)::uuid`;
  switch (rule.measure) {
    case 'days':
      return sql`select child_id, ${latestUnit} as unit_id, count(*)::numeric as value from (${counted}) c where lesson = 0 group by child_id`;
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
      // One sort by (pupil, ordinal): a run starts where the day before is no absence; each day's
      // run so far is its ordinal less the latest start, and the latest school comes from the same window.
      return sql`
        select child_id, unit_id, max(run)::numeric as value
        from (select child_id, unit_id, ord - max(start) over (partition by child_id order by ord) + 1 as run
              from (select child_id, ord, last_value(unit_id) over w as unit_id,
                           case when lag(ord) over w = ord - 1 then null else ord end as start
                    from (${counted}) c where lesson = 0
                    window w as (partition by child_id order by ord rows between unbounded preceding and unbounded following)) starts) runs
        group by child_id, unit_id`;
    case 'single_days':
      return sql`
        select child_id, (array_agg(unit_id order by ord desc))[1] as unit_id,
               count(*) filter (where coalesce(prev_ord, -1) <> ord - 1 and coalesce(next_ord, -1) <> ord + 1)::numeric as value
        from (select child_id, unit_id, ord,
                     lag(ord) over (partition by child_id order by ord) as prev_ord,
                     lead(ord) over (partition by child_id order by ord) as next_ord
              from (${counted}) c where lesson = 0) neighbours
        group by child_id`;
  }
}
