/**
 * Importing a school's file on both engines: refused rows with line and reason change nothing,
 * accepted rows land and raise flags, the same file again changes nothing, a corrected file
 * replaces what it covers, and a dry run leaves no trace.
 */
import { beforeAll, expect, it } from 'vitest';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { TEST_NOW } from '../kernel/testing/test-clock.ts';
import { oslo } from '../time/calendar-fixture.ts';
import type { Db } from '../kernel/db/database.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality, vismaRows, type VismaLine } from './factories.ts';
import { importForMunicipality, importForUnit } from './import-service.ts';

describeEachEngine('attendance import', (use) => {
  let db: Db;
  let code: string;
  let coordinator: string;
  let schoolId: string;
  let ida: string;
  let ola: string;
  let elsewhere: string;
  let idaChild: string;

  beforeAll(async () => {
    db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    code = municipality.code;
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const otherSchool = await buildUnit(db, { municipality_id: municipality.id });
    schoolId = school.id;
    coordinator = await buildPerson(db, 'unit_leader', school);
    const idaRow = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    ida = idaRow.national_id;
    idaChild = idaRow.id;
    ola = (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id })).national_id;
    elsewhere = (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: otherSchool.id })).national_id;
  });

  const november = (): VismaLine[] => [
    [ida, '02.11.2026', '', '', 'Syk'],
    [ida, '10.11.2026', '', '', 'Udokumentert'],
    [ida, '18.11.2026', '', '', 'Syk'],
    [ola, '03.11.2026', '2', '45', 'Dokumentert'],
    [elsewhere, '04.11.2026', '', '', 'Syk'], // line 6: another school's pupil
    [ida, '07.11.2026', '', '', 'Syk'], // line 7: a Saturday
    [ida, '01.06.2026', '', '', 'Syk'], // line 8: last school year
    [ida, '10.11.2026', '', '', 'Syk'], // line 9: contradicts line 3
    [ola, '05.11.2026', '', '', 'Borte'], // line 10: no such kind
    [ida, '19.11.2026', '', '', 'Permisjon'],
  ];

  it('lands the accepted rows, refuses the rest with line, reason and column, and raises the flags', async () => {
    const me = await actor(db, coordinator);
    const report = await importForUnit(db, me, schoolId, vismaRows(november()), { source: 'visma', now: TEST_NOW });
    expect(report.rejected).toEqual([
      { line: 6, reason: 'unknown_pupil', column: 'Fødselsnummer' },
      { line: 7, reason: 'closed_day', column: 'Dato' },
      { line: 8, reason: 'outside_school_year', column: 'Dato' },
      { line: 9, reason: 'duplicate_different', column: null },
      { line: 10, reason: 'unknown_kind', column: 'Fraværstype' },
    ]);
    expect({ rowsRead: report.rowsRead, accepted: report.accepted, changed: report.changed }).toEqual({ rowsRead: 10, accepted: 5, changed: 5 });
    const flags = await db.selectFrom('attendance_flag').select(['child_id', 'rule_id', 'value', 'status']).execute();
    expect(flags.map((f) => ({ ...f, value: Number(f.value) }))).toEqual([{ child_id: idaChild, rule_id: 'ringsaker-days-month', value: 4, status: 'open' }]);
  });

  it('changes nothing when the same file comes again', async () => {
    const me = await actor(db, coordinator);
    const report = await importForUnit(db, me, schoolId, vismaRows(november()), { source: 'visma', now: TEST_NOW });
    expect(report.changed).toBe(0);
    expect(Number((await db.selectFrom('absence').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)).toBe(5);
    expect(await db.selectFrom('attendance_flag').selectAll().execute()).toHaveLength(1);
  });

  it('lets a corrected file replace what it covers, and keeps the flag open with its new figures', async () => {
    const corrected: VismaLine[] = [
      [ida, '02.11.2026', '', '', 'Syk'],
      [ida, '18.11.2026', '', '', 'Dokumentert'],
      [ida, '19.11.2026', '', '', 'Permisjon'],
    ];
    const report = await importForMunicipality(db, code, vismaRows(corrected), { source: 'visma', now: TEST_NOW });
    // 10 Nov is gone (covered: between Ida's first and last date) and 18 Nov changed kind.
    expect({ accepted: report.accepted, changed: report.changed, rejected: report.rejected }).toEqual({ accepted: 3, changed: 2, rejected: [] });
    const idaDays = await db.selectFrom('absence').select(['date', 'kind']).where('child_id', '=', idaChild).orderBy('date').execute();
    expect(idaDays).toEqual([
      { date: '2026-11-02', kind: 'sick' },
      { date: '2026-11-18', kind: 'documented' },
      { date: '2026-11-19', kind: 'permitted' },
    ]);
    const flag = await db.selectFrom('attendance_flag').select(['value', 'status']).executeTakeFirstOrThrow();
    expect({ value: Number(flag.value), status: flag.status }).toEqual({ value: 4, status: 'open' });
  });

  it('leaves no trace of a dry run', async () => {
    const before = await db.selectFrom('absence').selectAll().orderBy('date').execute();
    const report = await importForMunicipality(db, code, vismaRows([[ola, '20.11.2026', '', '', 'Syk']]), { source: 'visma', dryRun: true, now: TEST_NOW });
    expect(report).toMatchObject({ accepted: 1, dryRun: true });
    expect(await db.selectFrom('absence').selectAll().orderBy('date').execute()).toEqual(before);
  });

  it('takes June’s rows on Saturday 1 August, before the new school year has a school day, and not the year before’s', async () => {
    const firstOfAugust = new Date('2026-08-01T10:00:00Z');
    const rows = vismaRows([[ola, '15.06.2026', '', '', 'Syk'], [ola, '15.06.2025', '', '', 'Syk']]);
    const report = await importForMunicipality(db, code, rows, { source: 'visma', dryRun: true, now: firstOfAugust });
    expect({ accepted: report.accepted, rejected: report.rejected }).toEqual({ accepted: 1, rejected: [{ line: 3, reason: 'outside_school_year', column: 'Dato' }] });
  });

  it('refuses a school leader importing for another school as if it were not there', async () => {
    const me = await actor(db, coordinator);
    const other = await db.selectFrom('unit').select('id').where('id', '!=', schoolId).where('kind', '=', 'school').executeTakeFirstOrThrow();
    await expect(importForUnit(db, me, other.id, vismaRows(november()), { source: 'visma', now: TEST_NOW })).rejects.toThrow(/not found/);
  });
});
