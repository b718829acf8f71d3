import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { OperatorError } from '../kernel/errors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { DEMO_TABLES } from './data.ts';
import { generateDemo } from './generate.ts';
import { listDemoPeople } from '../kernel/auth/demo-people.ts';
import { demoLoginPeople } from './logins.ts';
import { isDatabaseEmpty, seedDemo, summarise } from './seed.ts';

const options = { seed: 3, scale: 'default' } as const;
const expected = generateDemo(options);

describeEachEngine('seedDemo', (use) => {
  it('seeds an empty database with every generated row and reports the counts', async () => {
    const { db } = use();
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await listDemoPeople(db)).toEqual([]);

    expect(await seedDemo(db, options)).toEqual(summarise(expected));

    for (const table of DEMO_TABLES) {
      const count = sql<{ count: string }>`select count(*)::text as count from ${sql.table(table)}`;
      const { rows } = await count.execute(db);
      expect({ table, count: Number(rows[0]?.count) }).toEqual({ table, count: expected[table].length });
    }
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

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

  it('refuses to seed a database that already has municipalities', async () => {
    const { db } = use();
    await expect(seedDemo(db, { seed: 4, scale: 'default' })).rejects.toThrow(OperatorError);
    await expect(seedDemo(db, { seed: 4, scale: 'default' })).rejects.toThrow(/already holds municipalities/);
  });
});
