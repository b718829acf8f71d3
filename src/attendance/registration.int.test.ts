/**
 * The daily registration API over HTTP, on both engines: a school's day sent as JSON goes
 * through the import — accepted rows land and raise the guideline's flags, a bad row is refused
 * with its index, reason and field while the good ones land, the same rows again change nothing,
 * a retry with the same key answers the first report, and the import's permission decides who may.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../kernel/db/database.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality } from './factories.ts';
import { attendance } from './index.ts';
import type { RegistrationRow } from './schema.ts';

describeEachEngine('daily registration API', (use, engine) => {
  let app: FastifyInstance;
  let db: Db;
  const ids = {} as Record<'school' | 'otherSchool' | 'leader' | 'teacher' | 'administrator' | 'ida' | 'idaChild' | 'ola' | 'olaChild' | 'elsewhere', string>;

  beforeAll(async () => {
    db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const otherSchool = await buildUnit(db, { municipality_id: municipality.id });
    const ida = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    const ola = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    Object.assign(ids, {
      school: school.id,
      otherSchool: otherSchool.id,
      leader: await buildPerson(db, 'unit_leader', school),
      teacher: await buildPerson(db, 'staff', school),
      administrator: await buildPerson(db, 'administrator', school),
      ida: ida.national_id,
      idaChild: ida.id,
      ola: ola.national_id,
      olaChild: ola.id,
      elsewhere: (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: otherSchool.id })).national_id,
    });
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [attendance] });
  });
  afterAll(() => app?.close());

  const register = (staffId: string, rows: RegistrationRow[], idempotencyKey = randomUUID(), unitId = ids.school) =>
    injectAs(app, db, staffId, { method: 'POST', url: `/api/units/${unitId}/attendance/registrations`, payload: { idempotencyKey, rows } });

  const absence = () =>
    db.selectFrom('absence').select(['child_id', 'date', 'lesson', 'minutes', 'kind', 'source']).orderBy('child_id').orderBy('date').orderBy('lesson').execute();

  // Monday 23 November 2026 is the clock's today; the 21st is a Saturday.
  const theDay = (): RegistrationRow[] => [
    { nationalId: ids.ida, date: '2026-11-23', kind: 'sick' },
    { nationalId: ids.ola, date: '2026-11-23', lesson: 2, minutes: 45, kind: 'documented' },
    { nationalId: ids.ola, date: '2026-11-23', lesson: 25, minutes: 45, kind: 'documented' }, // 2: no such lesson
    { nationalId: ids.elsewhere, date: '2026-11-23', kind: 'sick' }, // 3: another school's pupil
    { nationalId: ids.ida, date: '2026-11-21', kind: 'sick' }, // 4: a Saturday
    { nationalId: ids.ola, date: '2026-11-23', lesson: 3, minutes: 45, kind: 'illegal' }, // 5: a Danish kind
    { nationalId: ids.ola, date: '23.11.2026', lesson: 4, minutes: 45, kind: 'documented' }, // 6: not ISO
    { nationalId: ids.ola, date: '2026-11-23', lesson: 5, minutes: 45 }, // 7: no kind
    { nationalId: ids.ola, date: '2026-11-23', lesson: 6, minutes: 400, kind: 'documented' }, // 8: longer than Ringsaker's 330-minute day
    { nationalId: ids.ida, date: '2026-11-24', kind: 'sick' }, // 9: tomorrow
  ];

  it('lands the accepted rows and refuses the bad ones with index, reason and field', async () => {
    const response = await register(ids.leader, theDay());
    expect(response.statusCode).toBe(201);
    const answer = response.json();
    expect(answer).toMatchObject({ rowsRead: 10, accepted: 2, changed: 2, refusedCount: 8 });
    expect(answer.refused).toEqual([
      { index: 2, reason: 'bad_lesson', field: 'lesson' },
      { index: 3, reason: 'unknown_pupil', field: 'nationalId' },
      { index: 4, reason: 'closed_day', field: 'date' },
      { index: 5, reason: 'unknown_kind', field: 'kind' },
      { index: 6, reason: 'bad_date', field: 'date' },
      { index: 7, reason: 'missing_value', field: 'kind' },
      { index: 8, reason: 'bad_minutes', field: 'minutes' },
      { index: 9, reason: 'outside_school_year', field: 'date' },
    ]);
    // A whole day without minutes is Ringsaker's school day of 330 minutes.
    expect(await absence()).toEqual(
      [
        { child_id: ids.idaChild, date: '2026-11-23', lesson: 0, minutes: 330, kind: 'sick', source: 'api' },
        { child_id: ids.olaChild, date: '2026-11-23', lesson: 2, minutes: 45, kind: 'documented', source: 'api' },
      ].sort((a, b) => a.child_id.localeCompare(b.child_id)),
    );
  });

  it('changes nothing when the same rows come again, and answers a retry with the first report', async () => {
    const key = randomUUID();
    const again = await register(ids.leader, theDay(), key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ accepted: 2, changed: 0, refusedCount: 8 });
    const before = await absence();
    const imports = await db.selectFrom('attendance_import').select('id').execute();

    const retry = await register(ids.leader, theDay(), key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(again.json());
    expect(await absence()).toEqual(before);
    expect(await db.selectFrom('attendance_import').select('id').execute()).toEqual(imports);
  });

  it('answers two concurrent calls with the same key with one import', async () => {
    const key = randomUUID();
    const row = [{ nationalId: ids.ola, date: '2026-11-20', lesson: 1, minutes: 45, kind: 'documented' }];
    const answers = await Promise.all([register(ids.leader, row, key), register(ids.leader, row, key)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(answers[0]!.json().importId).toBe(answers[1]!.json().importId);
    expect(await db.selectFrom('attendance_import').select('id').where('idempotency_key', '=', key).execute()).toHaveLength(1);
  });

  it('recomputes the flags after the call: a fourth day away in November raises Ringsaker’s flag', async () => {
    const days = ['2026-11-02', '2026-11-10', '2026-11-16'].map((date) => ({ nationalId: ids.ida, date, lesson: null, kind: 'sick' }));
    expect((await register(ids.leader, days)).json()).toMatchObject({ accepted: 3, changed: 3, refusedCount: 0 });
    const flags = await db.selectFrom('attendance_flag').select(['child_id', 'rule_id', 'value']).execute();
    // Ida: 2, 10, 16 and 23 November — 4 days, more than 3.
    expect(flags.map((f) => ({ ...f, value: Number(f.value) }))).toEqual([{ child_id: ids.idaChild, rule_id: 'ringsaker-days-month', value: 4 }]);
  });

  it('refuses the school’s teacher with 403 and another school’s leader as if the school were not there', async () => {
    const before = await absence();
    expect((await register(ids.teacher, theDay())).statusCode).toBe(403);
    expect((await register(ids.leader, theDay(), randomUUID(), ids.otherSchool)).statusCode).toBe(404);
    expect(await absence()).toEqual(before);
  });

  it('refuses a key used at another school, and more than 2,000 rows, changing nothing', async () => {
    const key = randomUUID();
    expect((await register(ids.administrator, [], key)).statusCode).toBe(201);
    const reused = await register(ids.administrator, [], key, ids.otherSchool);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused' });

    const before = await absence();
    const tooMany = Array.from({ length: 2001 }, () => ({ nationalId: ids.ola, date: '2026-11-23', kind: 'sick' }));
    expect((await register(ids.leader, tooMany)).statusCode).toBe(400);
    const wrongType = await injectAs(app, db, ids.leader, {
      method: 'POST',
      url: `/api/units/${ids.school}/attendance/registrations`,
      payload: { idempotencyKey: randomUUID(), rows: [{ nationalId: ids.ola, date: '2026-11-23', lesson: 'two', kind: 'sick' }] },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.body).not.toContain(ids.ola);
    expect(await absence()).toEqual(before);
  });
});
