/**
 * The follow-up funnel counted in SQL, so no pupil leaves the database: per month a flag was
 * raised, the pupils flagged and those of them whose follow-up reached each stage (see
 * domain/funnel.ts). A pupil counts once a month at each stage, however many flags they had.
 * The caller runs it inside its own `withAccess` and withholds the small counts.
 */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';
import type { FunnelCounts } from './domain/funnel.ts';

export type FunnelPlace = { unitId: string } | { municipalityId: string };

export async function countFunnelByMonth(trx: Trx, place: FunnelPlace, range: { from: string; to: string }): Promise<Map<string, FunnelCounts>> {
  const where = 'unitId' in place ? sql`f.unit_id = ${place.unitId}::uuid` : sql`f.municipality_id = ${place.municipalityId}::uuid`;
  const { rows } = await sql<{ month: string; flagged: string; contacted: string; meeting: string; plan: string; back: string }>`
    with staged as (
      select to_char(f.raised_on, 'YYYY-MM') as month, f.child_id,
             (f.case_id is null and f.status = 'handled')
               or exists (select 1 from attendance_contact c where c.case_id = f.case_id) as contacted,
             exists (select 1 from attendance_case_step s where s.case_id = f.case_id and s.kind = 'meeting')
               or exists (select 1 from attendance_contact c where c.case_id = f.case_id and c.how = 'meeting') as meeting,
             exists (select 1 from attendance_case_step s where s.case_id = f.case_id and s.kind = 'return_plan') as plan,
             exists (select 1 from attendance_case k where k.id = f.case_id and k.close_reason = 'back_at_school') as back
        from attendance_flag f
       where ${where} and f.raised_on >= ${range.from}::date and f.raised_on <= ${range.to}::date
    )
    select month,
           count(distinct child_id) as flagged,
           count(distinct child_id) filter (where contacted) as contacted,
           count(distinct child_id) filter (where meeting) as meeting,
           count(distinct child_id) filter (where plan) as plan,
           count(distinct child_id) filter (where back) as back
      from staged
     group by month
  `.execute(trx);
  return new Map(
    rows.map((row) => [row.month, { flagged: Number(row.flagged), contacted: Number(row.contacted), meeting: Number(row.meeting), plan: Number(row.plan), back: Number(row.back) }]),
  );
}

/** Where a municipality sits, for the policy; undefined when there is none. */
export async function locateMunicipality(trx: Trx, municipalityId: string) {
  const row = await trx.selectFrom('municipality').select('id').where('id', '=', municipalityId).executeTakeFirst();
  return row && { municipalityId: row.id, unitIds: [], districtIds: [] };
}
