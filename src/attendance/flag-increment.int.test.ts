/**
 * An import recomputes the flags of the pupils it wrote absence for, and only theirs: every
 * pupil in the file who now reaches a rule is flagged, and a pupil not in the file keeps their
 * open flag as the last full recompute left it, until the next full run refreshes it.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_NOW } from '../kernel/testing/test-clock.ts';
import { oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality, vismaRows, type VismaLine } from './factories.ts';
import { recomputeFlags } from './flags.ts';
import { importForMunicipality } from './import-service.ts';

const AS_OF = '2026-11-23'; // TEST_NOW's date

describeEachEngine('attendance flags after an import', (use) => {
  let db: Db;
  let municipalityId: string;
  let code: string;
  let schoolId: string;

  beforeAll(async () => {
    db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    municipalityId = municipality.id;
    code = municipality.code;
    schoolId = (await buildUnit(db, { municipality_id: municipality.id })).id;
  });

  /** A pupil of the school with whole days away (sick) written straight into the table, as an earlier import left them. */
  async function pupilAway(dates: string[]) {
    const child = await buildEnrolledChild(db, { municipality_id: municipalityId, unit_id: schoolId });
    if (dates.length === 0) return child;
    await db
      .insertInto('absence')
      .values(dates.map((date) => ({ child_id: child.id, date, lesson: 0, unit_id: schoolId, municipality_id: municipalityId, minutes: 330, kind: 'sick', source: 'visma', import_id: null })))
      .execute();
    return child;
  }

  const openFlags = async (childIds: string[]) =>
    (await db.selectFrom('attendance_flag').select(['id', 'child_id', 'rule_id', 'value']).where('child_id', 'in', childIds).where('status', '=', 'open').orderBy('child_id').execute())
      .map((f) => ({ ...f, value: Number(f.value) }));

  it('flags every pupil the file brings over a rule', async () => {
    // Three days in November each (Ringsaker: more than 3 in a month); the file adds a fourth to every one of them.
    const pupils = [];
    for (let i = 0; i < 6; i++) pupils.push(await pupilAway(['2026-11-02', '2026-11-04', '2026-11-06']));
    const file: VismaLine[] = pupils.map((p) => [p.national_id, '10.11.2026', '', '', 'Syk']);

    const report = await importForMunicipality(db, code, vismaRows(file), { source: 'visma', now: TEST_NOW });

    expect(report.accepted).toBe(6);
    const ids = pupils.map((p) => p.id);
    expect((await openFlags(ids)).map((f) => `${f.child_id} ${f.rule_id} ${f.value}`)).toEqual(ids.sort().map((id) => `${id} ringsaker-days-month 4`));
  });

  it('keeps a pupil not in the file flagged as the last full recompute left them, and the full run refreshes them', async () => {
    const per = await pupilAway(['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-10']);
    await db.transaction().execute((trx) => recomputeFlags(trx, municipalityId, AS_OF));
    const before = await openFlags([per.id]);
    expect(before.map((f) => `${f.rule_id} ${f.value}`)).toEqual(['ringsaker-days-month 4']);
    // A fifth day lands by another way than this import; then a file about someone else only.
    await db.insertInto('absence').values({ child_id: per.id, date: '2026-11-12', lesson: 0, unit_id: schoolId, municipality_id: municipalityId, minutes: 330, kind: 'sick', source: 'visma', import_id: null }).execute();
    const other = await pupilAway([]);

    await importForMunicipality(db, code, vismaRows([[other.national_id, '11.11.2026', '', '', 'Syk']]), { source: 'visma', now: TEST_NOW });

    expect(await openFlags([per.id])).toEqual(before);
    expect(await openFlags([other.id])).toEqual([]);
    await db.transaction().execute((trx) => recomputeFlags(trx, municipalityId, AS_OF));
    expect(await openFlags([per.id])).toEqual([{ ...before[0]!, value: 5 }]);
  });
});
