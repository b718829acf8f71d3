/**
 * The guideline page's API over HTTP on both engines: the administrator saves Ringsaker's preset,
 * lowers a threshold and sees one pupil's flag appear; a stale version, a Danish kind in a
 * Norwegian guideline and a week too many are refused and change nothing; a retry answers the
 * save; a teacher and another municipality's administrator are not let in. The clock is the
 * tests' Monday 23 November 2026 (test-clock.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectAs } from '../kernel/testing/sessions.ts';
import { jammerbugt, oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality } from './factories.ts';
import type { GuidelineBody, GuidelineSetting } from './guideline-schema.ts';
import { attendance } from './index.ts';

describeEachEngine('attendance guideline routes', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'municipality' | 'admin' | 'leader' | 'teacher' | 'farAdmin' | 'pupilThreeDays' | 'pupilOneDay', string>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildAttendanceMunicipality(db, oslo, null);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const office = await buildUnit(db, { municipality_id: municipality.id });
    const far = await buildMunicipality(db);
    const farOffice = await buildUnit(db, { municipality_id: far.id });
    const threeDays = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    const oneDay = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id });
    // Sick Monday to Wednesday, 2–4 November; the other pupil on the Monday only.
    const day = (childId: string, date: string) => ({ child_id: childId, date, lesson: 0, unit_id: school.id, municipality_id: municipality.id, minutes: 330, kind: 'sick' as const, source: 'test', import_id: null });
    await db.insertInto('absence').values([day(threeDays.id, '2026-11-02'), day(threeDays.id, '2026-11-03'), day(threeDays.id, '2026-11-04'), day(oneDay.id, '2026-11-02')]).execute();
    Object.assign(ids, {
      municipality: municipality.id,
      admin: await buildPerson(db, 'administrator', office),
      leader: await buildPerson(db, 'leader', office),
      teacher: await buildPerson(db, 'staff', school),
      farAdmin: await buildPerson(db, 'administrator', farOffice),
      pupilThreeDays: threeDays.id,
      pupilOneDay: oneDay.id,
    });
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [attendance] });
  });
  afterAll(() => app?.close());

  const url = () => `/api/municipalities/${ids.municipality}/attendance/guideline`;
  const get = (staffId: string) => injectAs(app, use().db, staffId, { method: 'GET', url: url() });
  const put = (staffId: string, version: number, guideline: GuidelineBody, idempotencyKey: string = randomUUID()) =>
    injectAs(app, use().db, staffId, { method: 'PUT', url: url(), payload: { version, idempotencyKey, guideline } });
  const flags = () => use().db.selectFrom('attendance_flag').select(['child_id', 'rule_id', 'value']).where('municipality_id', '=', ids.municipality).execute();
  const events = () => use().db.withTables<AuditTables>().selectFrom('audit_event').select(['action', 'outcome']).where('resource_type', '=', 'attendance_guideline').where('resource_id', '=', ids.municipality).orderBy('id').execute();

  /** Ringsaker's preset with "more than 3 days a month" lowered to 2, the municipality's own words as its source. */
  const lowered = (setting: GuidelineSetting): GuidelineBody => ({
    ...setting.guideline!,
    rules: setting.guideline!.rules.map((rule) => (rule.id === 'ringsaker-days-month' ? { ...rule, threshold: 2, source: { url: '', text: 'Vi handler ved mer enn 2 dager i måneden.' } } : rule)),
  });

  it('reads no guideline yet, with the five Norwegian presets named in every language', async () => {
    const answer = await get(ids.admin);
    expect(answer.statusCode).toBe(200);
    const setting = answer.json<GuidelineSetting>();
    expect(setting).toMatchObject({ municipalityId: ids.municipality, country: 'NO', version: 0, guideline: null });
    expect(setting.kinds).toEqual(['documented', 'undocumented', 'sick', 'permitted', 'late', 'left_early']);
    expect(setting.presets.map((p) => p.id)).toEqual(['udir-10-percent', 'udir-25-percent-2-weeks', 'udir-10-days-15-weeks', 'loten', 'ringsaker']);
    expect(setting.presets.find((p) => p.id === 'ringsaker')!.names).toEqual({ nb: 'Ringsaker kommune', nn: 'Ringsaker kommune', da: 'Ringsaker kommune', en: 'Ringsaker municipality' });
    expect(setting.presets.find((p) => p.id === 'ringsaker')!.guideline.rules).toHaveLength(5);
  });

  it("offers a Danish municipality Denmark's preset only, and takes Danish kinds there", async () => {
    const { db } = use();
    const danish = await buildAttendanceMunicipality(db, jammerbugt, null);
    const office = await buildUnit(db, { municipality_id: danish.id });
    const admin = await buildPerson(db, 'administrator', office);
    const danishUrl = `/api/municipalities/${danish.id}/attendance/guideline`;
    const setting = (await injectAs(app, db, admin, { method: 'GET', url: danishUrl })).json<GuidelineSetting>();
    expect(setting).toMatchObject({ country: 'DK', kinds: ['sick', 'permitted', 'illegal'] });
    expect(setting.presets.map((p) => p.id)).toEqual(['denmark']);
    const saved = await injectAs(app, db, admin, { method: 'PUT', url: danishUrl, payload: { version: 0, idempotencyKey: randomUUID(), guideline: setting.presets[0]!.guideline } });
    expect(saved.statusCode).toBe(200);
    // Ringsaker counts Norway's documented and undocumented days, which no Danish school records.
    const norwegian = await injectAs(app, db, admin, { method: 'PUT', url: danishUrl, payload: { version: 1, idempotencyKey: randomUUID(), guideline: RINGSAKER } });
    expect(norwegian.statusCode).toBe(400);
    expect(norwegian.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('saves a preset, then a lowered threshold raises the flag of the pupil with three days only', async () => {
    const preset = (await get(ids.admin)).json<GuidelineSetting>().presets.find((p) => p.id === 'ringsaker')!.guideline;
    const first = await put(ids.admin, 0, preset);
    expect(first.statusCode).toBe(200);
    // Three days is not more than 3, nor 5 in a row, nor more than 10 in the term: nothing yet.
    expect(first.json()).toMatchObject({ version: 1, raised: 0, guideline: { id: 'ringsaker' } });
    expect(await flags()).toEqual([]);

    const second = await put(ids.admin, 1, lowered(first.json()));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, raised: 1 });
    expect(second.json<GuidelineSetting>().guideline!.rules.find((r) => r.id === 'ringsaker-days-month')).toMatchObject({ threshold: 2, source: { text: 'Vi handler ved mer enn 2 dager i måneden.' } });
    expect((await flags()).map((f) => [f.child_id, f.rule_id, Number(f.value)])).toEqual([[ids.pupilThreeDays, 'ringsaker-days-month', 3]]);
    expect((await get(ids.leader)).json()).toMatchObject({ version: 2, guideline: { rules: expect.arrayContaining([expect.objectContaining({ id: 'ringsaker-days-month', threshold: 2 })]) } });
  });

  it('refuses a stale version with 409 and changes nothing; a retry of the same save answers it', async () => {
    const current = (await get(ids.admin)).json<GuidelineSetting>();
    const key = randomUUID();
    const saved = await put(ids.admin, current.version, { ...current.guideline!, dayMinutes: 300 }, key);
    expect(saved.json()).toMatchObject({ version: current.version + 1, guideline: { dayMinutes: 300 } });

    const stale = await put(ids.admin, current.version, { ...current.guideline!, dayMinutes: 360 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict' });

    const retry = await put(ids.admin, current.version, { ...current.guideline!, dayMinutes: 300 }, key);
    expect(retry.statusCode).toBe(200);
    expect((await get(ids.admin)).json()).toMatchObject({ version: current.version + 1, guideline: { dayMinutes: 300 } });
  });

  it('refuses a Danish kind, a 53-week window and a duplicate rule id with 400, and changes nothing', async () => {
    const current = (await get(ids.admin)).json<GuidelineSetting>();
    const [rule, ...others] = current.guideline!.rules;
    const danish = await put(ids.admin, current.version, { ...current.guideline!, rules: [{ ...rule!, kinds: ['illegal'] }, ...others] });
    expect(danish.statusCode).toBe(400);
    expect(danish.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/guideline/rules/0/kinds', code: 'kind_not_of_country' }] });

    const longWindow = await put(ids.admin, current.version, { ...current.guideline!, rules: [{ ...rule!, window: { kind: 'rolling_weeks', weeks: 53 } }] });
    expect(longWindow.statusCode).toBe(400);
    expect(longWindow.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/guideline/rules/0/window/weeks', code: 'number_out_of_range' }] });

    const twice = await put(ids.admin, current.version, { ...current.guideline!, rules: [rule!, rule!] });
    expect(twice.statusCode).toBe(400);
    const tooHigh = await put(ids.admin, current.version, { ...current.guideline!, rules: [{ ...rule!, measure: 'percent', threshold: 101 }] });
    expect(tooHigh.statusCode).toBe(400);
    const noSource = await put(ids.admin, current.version, { ...current.guideline!, rules: [{ ...rule!, source: { url: '', text: ' ' } }] });
    expect(noSource.statusCode).toBe(400);

    expect((await get(ids.admin)).json()).toMatchObject({ version: current.version, guideline: current.guideline });
  });

  it("refuses a teacher (who holds no such permission) and answers another municipality's administrator as not found", async () => {
    const before = (await events()).length;
    expect((await get(ids.teacher)).statusCode).toBe(403);
    expect((await put(ids.teacher, 1, RINGSAKER as GuidelineBody)).statusCode).toBe(403);
    expect((await get(ids.farAdmin)).statusCode).toBe(404);
    expect((await put(ids.farAdmin, 1, RINGSAKER as GuidelineBody)).statusCode).toBe(404);
    expect((await get(ids.admin)).statusCode).toBe(200);
    expect((await events()).slice(before)).toEqual([
      { action: 'read', outcome: 'denied' },
      { action: 'update', outcome: 'denied' },
      { action: 'read', outcome: 'allowed' },
    ]);
  });
});
