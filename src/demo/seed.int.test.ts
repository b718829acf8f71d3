import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { OperatorError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { DEMO_TABLES } from './data.ts';
import { generateDemo } from './generate.ts';
import { listDemoPeople } from '../kernel/auth/demo-people.ts';
import { demoLoginPeople } from './logins.ts';
import { DEMO_PILOT_NAME, planDemoEvaluationHistory } from './evaluation.ts';
import { createRandom } from './random.ts';
import { isDatabaseEmpty, seedDemo, summarise } from './seed.ts';

const options = { seed: 3, scale: 'default' } as const;
const expected = generateDemo(options);
const TODAY = '2027-03-10';

describeEachEngine('seedDemo', (use) => {
  it('seeds an empty database with every generated row and reports the counts', async () => {
    const { db } = use();
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await listDemoPeople(db)).toEqual([]);

    expect(await seedDemo(db, options, TODAY)).toEqual(summarise(expected));

    for (const table of DEMO_TABLES) {
      const count = sql<{ count: string }>`select count(*)::text as count from ${sql.table(table)}`;
      const { rows } = await count.execute(db);
      expect({ table, count: Number(rows[0]?.count) }).toEqual({ table, count: expected[table].length });
    }
    expect(await isDatabaseEmpty(db)).toBe(false);
  }, 120_000); // a whole demo municipality: long on a busy machine

  it('stores the rows as generated, dates and ids included', async () => {
    const { db } = use();
    const child = expected.child[100];
    const stored = await db.selectFrom('child').selectAll().where('id', '=', child?.id ?? '').executeTakeFirst();
    expect(stored).toEqual(child);
  });

  it('offers exactly the generated demo login people on the login page', async () => {
    const offered = (await listDemoPeople(use().db)).map((p) => `${p.municipalityName}/${p.role}/${p.givenName} ${p.familyName}`);
    const generated = demoLoginPeople(expected).map((p) => `${p.municipality}/${p.role}/${p.name}`);
    expect(offered.sort()).toEqual(generated.sort());
  });

  it('gives intake sent reports by deadline and leaders a review list, dated from the seeding day', async () => {
    const { db } = use();
    const reports = await db.selectFrom('concern_report').select(['status', 'received_at', 'decision']).execute();
    const municipalities = expected.municipality.length;
    expect(reports.length).toBe(5 * municipalities);
    expect(reports.every((r) => r.status === 'submitted')).toBe(true);
    // Received 1, 5, 9, 15 and 30 days before 10 March 2027; the two oldest decided.
    const days = new Set(reports.map((r) => Math.round((Date.parse('2027-03-10T09:00:00Z') - new Date(r.received_at!).getTime()) / 86_400_000)));
    expect([...days].sort((a, b) => a - b)).toEqual([1, 5, 9, 15, 30]);
    expect(reports.filter((r) => r.decision !== null).length).toBe(2 * municipalities);
    const modes = await db.selectFrom('consultation').select(['mode', 'held_on']).execute();
    expect(new Set(modes.map((c) => c.mode))).toEqual(new Set(['anonymous', 'consented']));
    expect(modes.every((c) => c.held_on < TODAY)).toBe(true);
    const emergencies = await db.selectFrom('emergency_access').select(['reviewed_at', 'review_due_on']).execute();
    expect(emergencies.filter((e) => e.reviewed_at === null).map((e) => e.review_due_on)).toEqual(Array(municipalities).fill(TODAY));
  });

  it('saves Elvestad’s demo pilot, its schools with their start dates, compared with all other schools', async () => {
    const { db } = use();
    const { pilot, municipalityId } = planDemoEvaluationHistory(expected, TODAY, createRandom(options.seed).fork());
    const saved = await db.selectFrom('evaluation_pilot').select(['id', 'municipality_id', 'name', 'comparison', 'version']).execute();
    expect(saved.map(({ id: _, ...rest }) => rest)).toEqual([{ municipality_id: municipalityId, name: DEMO_PILOT_NAME, comparison: 'all_of_kind', version: 1 }]);
    const units = await db.selectFrom('evaluation_pilot_unit').select(['unit_id as unitId', 'started_on as startedOn']).where('pilot_id', '=', saved[0]!.id).execute();
    expect(units.sort((a, b) => a.unitId.localeCompare(b.unitId))).toEqual([...pilot].sort((a, b) => a.unitId.localeCompare(b.unitId)));
  });

  it('opens at most two follow-up cases at each school with flags, coordinated by its leader, each with its flags, a call home and a meeting', async () => {
    const { db } = use();
    const cases = await db
      .selectFrom('attendance_case as c')
      .innerJoin('membership as m', (join) => join.onRef('m.staff_id', '=', 'c.coordinator_id').onRef('m.unit_id', '=', 'c.unit_id'))
      .select(['c.id', 'c.unit_id', 'c.closed_at', 'm.role'])
      .execute();
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.closed_at === null && c.role === 'unit_leader')).toBe(true);
    const perSchool = new Map<string, number>();
    for (const c of cases) perSchool.set(c.unit_id, (perSchool.get(c.unit_id) ?? 0) + 1);
    expect(Math.max(...perSchool.values())).toBeLessThanOrEqual(2);
    for (const { id } of cases) {
      expect((await db.selectFrom('attendance_flag').select('id').where('case_id', '=', id).execute()).length).toBeGreaterThan(0);
      expect(await db.selectFrom('attendance_contact').select('how').where('case_id', '=', id).execute()).toEqual([{ how: 'phone' }]);
      expect(await db.selectFrom('attendance_case_step').select('kind').where('case_id', '=', id).execute()).toEqual([{ kind: 'meeting' }]);
    }
  });

  it('has a pupil past 15 % illegal absence at each Danish school, for the underretning', async () => {
    const { db } = use();
    const schools = await db.selectFrom('unit as u').innerJoin('municipality as k', 'k.id', 'u.municipality_id').select('u.id').where('k.country_code', '=', 'DK').where('u.kind', '=', 'school').execute();
    expect(schools.length).toBeGreaterThan(0);
    const flagged = await db.selectFrom('attendance_flag').select('unit_id').distinct().where('rule_id', '=', 'dk-15-percent-quarter').execute();
    expect(new Set(flagged.map((f) => f.unit_id))).toEqual(new Set(schools.map((s) => s.id)));
  });

  it('refuses to seed a database that already has municipalities', async () => {
    const { db } = use();
    await expect(seedDemo(db, { seed: 4, scale: 'default' })).rejects.toThrow(OperatorError);
    await expect(seedDemo(db, { seed: 4, scale: 'default' })).rejects.toThrow(/already holds municipalities/);
  });
});
