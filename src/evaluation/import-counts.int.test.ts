/**
 * Importing counts from before Tidlig on the database: accepted rows land and a month sent again
 * replaces its count, refused rows change nothing, a dry run writes nothing, each import is one
 * audit event, and only the municipality's leaders may import.
 */
import { expect, it } from 'vitest';
import type { AuditTables } from '../kernel/audit/table.ts';
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { importCounts } from './import-counts.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const north = await buildUnit(db, { municipality_id: municipality.id, name: 'Nordby skole' });
  const south = await buildUnit(db, { municipality_id: municipality.id, name: 'Sørby skole' });
  const other = await buildMunicipality(db);
  const otherSchool = await buildUnit(db, { municipality_id: other.id, name: 'Nordby skole' });
  return {
    municipality,
    north,
    south,
    leader: await buildPerson(db, 'leader', north),
    teacher: await buildPerson(db, 'staff', north),
    otherLeader: await buildPerson(db, 'leader', otherSchool),
  };
}

async function countsOf(db: Db, unitIds: string[]) {
  const rows = await db.selectFrom('evaluation_imported_count').select(['unit_id', 'month', 'outcome', 'count', 'source']).where('unit_id', 'in', unitIds).orderBy('month').orderBy('unit_id').execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

describeEachEngine('importing counts from before Tidlig', (use) => {
  it('lands the good rows, answers each refused one by line, reason and column, and replaces a month sent again', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const file = ['Unit;Month;Outcome;Count', 'Nordby skole;2024-01;concern_reports;12', 'sørby skole;2024-01;concern_reports;3', 'Østby skole;2024-01;concern_reports;4', 'Nordby skole;2024-Q1;concern_reports;4', 'Nordby skole;2024-02;consultations;x'].join('\n');
    const report = await importCounts(db, leader, w.municipality.id, { content: file, source: 'sak-2024.csv' }, { now: NOW });
    expect(report).toEqual({
      rowsRead: 5,
      accepted: 2,
      dryRun: false,
      rejected: [
        { line: 4, reason: 'unknown_unit', column: 'unit' },
        { line: 5, reason: 'bad_month', column: 'month' },
        { line: 6, reason: 'bad_count', column: 'count' },
      ],
    });
    expect(await countsOf(db, [w.north.id, w.south.id])).toEqual([
      { unit_id: w.north.id, month: '2024-01', outcome: 'concern_reports', count: 12, source: 'sak-2024.csv' },
      { unit_id: w.south.id, month: '2024-01', outcome: 'concern_reports', count: 3, source: 'sak-2024.csv' },
    ].sort((a, b) => a.unit_id.localeCompare(b.unit_id)));

    await importCounts(db, leader, w.municipality.id, { content: 'unit,month,outcome,count\nNordby skole,2024-01,concern_reports,10\n', source: 'rettet.csv' }, { now: NOW });
    const north = (await countsOf(db, [w.north.id]))[0];
    expect([north?.count, north?.source]).toEqual([10, 'rettet.csv']);
  });

  it('writes nothing on a dry run, and leaves one audit event per import', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const report = await importCounts(db, leader, w.municipality.id, { content: 'unit,month,outcome,count\nNordby skole,2024-03,consultations,8\n', source: 'prøve.csv', dryRun: true }, { now: NOW });
    expect([report.accepted, report.dryRun]).toEqual([1, true]);
    expect(await countsOf(db, [w.north.id])).toEqual([]);
    const events = await db.withTables<AuditTables>().selectFrom('audit_event').select(['action', 'outcome']).where('resource_type', '=', 'evaluation_imported_count').where('resource_id', '=', w.municipality.id).execute();
    expect(events).toEqual([{ action: 'create', outcome: 'allowed' }]);
  });

  it('refuses a file it cannot read in one sentence, and changes nothing', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const leader = await actor(db, w.leader);
    const attempt = (content: string) => importCounts(db, leader, w.municipality.id, { content, source: 'feil.csv' }, { now: NOW });
    await expect(attempt('unit,period,outcome\nNordby skole,2024-01,concern_reports\n')).rejects.toMatchObject({ status: 400, code: 'missing_columns', details: { columns: ['month', 'count'] } });
    await expect(attempt('unit,month,outcome,count\n')).rejects.toMatchObject({ status: 400, code: 'no_rows' });
    await expect(attempt('unit,month,outcome,count\n"Nordby skole,2024-01,concern_reports,1\n')).rejects.toBeInstanceOf(RuleViolation);
    expect(await countsOf(db, [w.north.id, w.south.id])).toEqual([]);
  });

  it('lets no one but the municipality’s leaders import', async () => {
    const { db } = use();
    const w = await buildWorld(db);
    const content = 'unit,month,outcome,count\nNordby skole,2024-01,concern_reports,12\n';
    for (const someone of [w.teacher, w.otherLeader]) {
      await expect(importCounts(db, await actor(db, someone), w.municipality.id, { content, source: 'x.csv' }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await countsOf(db, [w.north.id])).toEqual([]);
  });
});
