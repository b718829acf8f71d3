/**
 * The database's set-based flags against the reference rules in domain/: for every preset,
 * pseudo-random absence histories (dense enough that each preset raises some flags) give the same pupils, rules
 * and figures in SQL as in TypeScript, on both engines.
 */
import { expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildUnit } from '../kernel/testing/register-factories.ts';
import { jammerbugt, oslo } from '../time/calendar-fixture.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import { kindsOf, type Absence } from './domain/absence.ts';
import { evaluate } from './domain/evaluate.ts';
import type { Guideline } from './domain/guideline.ts';
import { DENMARK, LOTEN, RINGSAKER, UDIR_10_DAYS_15_WEEKS, UDIR_10_PERCENT, UDIR_25_PERCENT_2_WEEKS } from './domain/presets.ts';
import { schoolDaysIn } from './domain/windows.ts';
import { buildAttendanceMunicipality } from './factories.ts';
import { recomputeFlags } from './flags.ts';

const AS_OF = '2026-11-30';

/** Park and Miller's minimal standard generator: the same histories on every run and engine. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

async function scenario(db: Db, calendar: SchoolCalendar, guideline: Guideline, seed: number) {
  const municipality = await buildAttendanceMunicipality(db, calendar, guideline);
  const school = await buildUnit(db, { municipality_id: municipality.id });
  const random = generator(seed);
  const days = schoolDaysIn(calendar, { from: '2026-08-01', to: AS_OF });
  const kinds = kindsOf(calendar.country);
  const absences: Absence[] = [];
  for (let p = 0; p < 20; p++) {
    const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    const rate = 0.05 + 0.5 * random();
    for (const date of days) {
      if (random() > rate) continue;
      const kind = kinds[Math.floor(random() * kinds.length)]!;
      const whole = random() < 0.6;
      absences.push({ pupilId: child.id, date, lesson: whole ? null : 1 + Math.floor(random() * 6), minutes: whole ? guideline.dayMinutes : 10 + Math.floor(random() * 80), kind });
    }
  }
  await db
    .insertInto('absence')
    .values(
      absences.map((a) => ({ child_id: a.pupilId, date: a.date, lesson: a.lesson ?? 0, unit_id: school.id, municipality_id: municipality.id, minutes: a.minutes, kind: a.kind, source: 'test', import_id: null })),
    )
    .execute();
  return { municipalityId: municipality.id, absences };
}

describeEachEngine('attendance flags in SQL', (use) => {
  const presets: [Guideline, SchoolCalendar, number][] = [
    [UDIR_10_PERCENT, oslo, 1],
    [UDIR_25_PERCENT_2_WEEKS, oslo, 2],
    [UDIR_10_DAYS_15_WEEKS, oslo, 3],
    [LOTEN, oslo, 4],
    [RINGSAKER, oslo, 5],
    [DENMARK, jammerbugt, 6],
  ];

  it.each(presets.map(([guideline, calendar, seed]) => [guideline.id, guideline, calendar, seed] as const))('agree with the reference rules of %s', async (_, guideline, calendar, seed) => {
    const db = use().db;
    const { municipalityId, absences } = await scenario(db, calendar, guideline, seed);
    const raised = await db.transaction().execute((trx) => recomputeFlags(trx, municipalityId, AS_OF));
    const expected = evaluate(guideline, calendar, absences, AS_OF).map((h) => `${h.pupilId} ${h.ruleId} ${h.value.toFixed(4)} ${h.schoolDays}`);
    const rows = await db.selectFrom('attendance_flag').select(['child_id', 'rule_id', 'value', 'school_days']).where('municipality_id', '=', municipalityId).execute();
    const actual = rows.map((r) => `${r.child_id} ${r.rule_id} ${Number(r.value).toFixed(4)} ${r.school_days}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(raised).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('keeps a flag open when the pupil no longer reaches the rule, and raises no second one', async () => {
    const db = use().db;
    const { municipalityId } = await scenario(db, oslo, RINGSAKER, 7);
    await db.transaction().execute((trx) => recomputeFlags(trx, municipalityId, AS_OF));
    const before = await db.selectFrom('attendance_flag').select(['id', 'status']).where('municipality_id', '=', municipalityId).orderBy('id').execute();
    await db.deleteFrom('absence').where('municipality_id', '=', municipalityId).execute();
    expect(await db.transaction().execute((trx) => recomputeFlags(trx, municipalityId, AS_OF))).toBe(0);
    expect(await db.selectFrom('attendance_flag').select(['id', 'status']).where('municipality_id', '=', municipalityId).orderBy('id').execute()).toEqual(before);
  });
});
