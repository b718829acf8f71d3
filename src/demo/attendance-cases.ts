/**
 * A couple of open follow-up cases per demo school, so the case page has something to show: the
 * first two flagged pupils of each school (by the date their flag was raised) get a case with
 * the school's leader as coordinator, all their open flags linked, a call home logged and a
 * meeting planned, in the municipality's language. Which pupils is fixed by the data's order;
 * the dates come from the seed's today.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { addDays, type IsoDate } from '../time/dates.ts';

const CASES_PER_SCHOOL = 2;

const TEXTS = {
  NO: { outcome: 'Foreldrene kjenner til fraværet og er bekymret.', agreed: 'Møte på skolen.', what: 'Møte med foreldrene og kontaktlæreren' },
  DK: { outcome: 'Forældrene kender til fraværet og er bekymrede.', agreed: 'Møde på skolen.', what: 'Møde med forældrene og klasselæreren' },
};

export async function seedDemoCases(db: Db, today: IsoDate): Promise<void> {
  const flags = await db
    .selectFrom('attendance_flag as f')
    .innerJoin('membership as m', (join) => join.onRef('m.unit_id', '=', 'f.unit_id').on('m.role', '=', 'unit_leader'))
    .innerJoin('municipality as k', 'k.id', 'f.municipality_id')
    .select(['f.unit_id', 'f.child_id', 'f.municipality_id', 'm.staff_id', 'k.country_code'])
    .where('f.status', '=', 'open')
    .orderBy('f.unit_id')
    .orderBy('f.raised_on')
    .orderBy('f.child_id')
    .orderBy('m.staff_id')
    .execute();
  const chosen = new Map<string, typeof flags>();
  for (const flag of flags) {
    const pupils = chosen.get(flag.unit_id) ?? [];
    if (pupils.length < CASES_PER_SCHOOL && !pupils.some((p) => p.child_id === flag.child_id)) pupils.push(flag);
    chosen.set(flag.unit_id, pupils);
  }
  const openedAt = new Date(`${today}T08:00:00Z`);
  for (const pupil of [...chosen.values()].flat()) {
    const caseId = randomUUID();
    const texts = pupil.country_code === 'DK' ? TEXTS.DK : TEXTS.NO;
    await db
      .insertInto('attendance_case')
      .values({ id: caseId, municipality_id: pupil.municipality_id, unit_id: pupil.unit_id, child_id: pupil.child_id, coordinator_id: pupil.staff_id, opened_by: pupil.staff_id, opened_at: openedAt })
      .execute();
    await db.updateTable('attendance_flag').set({ case_id: caseId }).where('child_id', '=', pupil.child_id).where('unit_id', '=', pupil.unit_id).where('status', '=', 'open').execute();
    await db
      .insertInto('attendance_contact')
      .values({
        idempotency_key: `demo-contact-${caseId}`,
        case_id: caseId,
        contacted_on: today,
        by_staff_id: pupil.staff_id,
        with_whom: 'parents',
        how: 'phone',
        outcome: texts.outcome,
        agreed: texts.agreed,
        created_at: openedAt,
      })
      .execute();
    await db
      .insertInto('attendance_case_step')
      .values({
        idempotency_key: `demo-step-${caseId}`,
        case_id: caseId,
        kind: 'meeting',
        what: texts.what,
        owner_id: pupil.staff_id,
        due_on: addDays(today, 7),
        review_on: addDays(today, 21),
        created_by: pupil.staff_id,
        created_at: openedAt,
      })
      .execute();
  }
}
