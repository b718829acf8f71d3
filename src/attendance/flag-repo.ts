/** The queries of a school's flags: its list, due dates' inputs, and handling one. */
import { sql } from 'kysely';
import type { Trx } from '../kernel/policy/access.ts';
import type { Guideline } from './domain/guideline.ts';

/** A flag with its pupil's name and group at the flag's school. */
function flagRows(trx: Trx) {
  return trx
    .selectFrom('attendance_flag as f')
    .innerJoin('child as c', 'c.id', 'f.child_id')
    .leftJoin('enrolment as e', (join) => join.onRef('e.child_id', '=', 'f.child_id').onRef('e.unit_id', '=', 'f.unit_id'))
    .select([
      'f.id',
      'f.child_id',
      'c.given_name',
      'c.family_name',
      'e.group_name',
      'f.rule_id',
      'f.stage',
      'f.measure',
      'f.comparison',
      'f.threshold',
      'f.value',
      'f.window_from',
      'f.window_to',
      'f.school_days',
      'f.raised_on',
      'f.status',
      'f.handled_note',
      'f.case_id',
    ]);
}

export async function listUnitFlags(trx: Trx, unitId: string) {
  return flagRows(trx)
    .where('f.unit_id', '=', unitId)
    .where((eb) => eb.or([eb('f.status', '=', 'open'), eb('f.handled_at', '>', sql<Date>`now() - interval '30 days'`)]))
    .orderBy('f.raised_on')
    .orderBy('f.id')
    .execute();
}
export type FlagRow = Awaited<ReturnType<typeof listUnitFlags>>[number];

/** The flags a follow-up case follows up, oldest first. */
export function listCaseFlags(trx: Trx, caseId: string): Promise<FlagRow[]> {
  return flagRows(trx).where('f.case_id', '=', caseId).orderBy('f.raised_on').orderBy('f.id').execute();
}

export async function findFlagUnit(trx: Trx, flagId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('attendance_flag').select('unit_id').where('id', '=', flagId).executeTakeFirst();
  return row?.unit_id;
}

/** The pupil a flag is about, whom its audit events name. */
export async function findFlagChild(trx: Trx, flagId: string): Promise<string | undefined> {
  const row = await trx.selectFrom('attendance_flag').select('child_id').where('id', '=', flagId).executeTakeFirst();
  return row?.child_id;
}

/** Marks an open flag handled; a flag already handled stays as it was (a retry changes nothing). */
export async function handleFlag(trx: Trx, flagId: string, staffId: string, note: string): Promise<void> {
  await trx
    .updateTable('attendance_flag')
    .set({ status: 'handled', handled_at: sql<Date>`now()`, handled_by: staffId, handled_note: note })
    .where('id', '=', flagId)
    .where('status', '=', 'open')
    .execute();
}

export async function findGuideline(trx: Trx, municipalityId: string): Promise<Guideline | undefined> {
  const row = await trx.selectFrom('attendance_guideline').select('guideline').where('municipality_id', '=', municipalityId).executeTakeFirst();
  return row?.guideline;
}
