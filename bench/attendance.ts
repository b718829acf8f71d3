/**
 * Attendance at scale, through the real paths: a municipality of `--scale` pupils in 20
 * schools with Oslo's 2026/27 holidays and Ringsaker's guideline; a CSV file of the autumn term
 * (17 Aug–20 Nov 2026, about 7 % of pupil-days absent, a tenth as single lessons) imported
 * with the saved mapping; then a full recompute of the flags, one day's file as the daily
 * increment (import and recompute), and p50/p95 of a school's flag list through the service
 * (policy, query, audit event). Prints figures; asserts nothing.
 *
 * The term's import is timed twice: the import alone (until its last progress report, which
 * comes when its rows are written) and with the flag recompute that follows it; then the same
 * file again (a nightly batch that sends the term so far: nothing changes).
 *
 *   npx tsx bench/attendance.ts --scale 5000                 (PGlite in memory)
 *   DATABASE_URL=postgres://… npx tsx bench/attendance.ts --scale 50000   (PGlite, then PostgreSQL)
 *   DATABASE_URL=postgres://… npx tsx bench/attendance.ts --scale 50000 --engine postgres
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { RINGSAKER } from '../src/attendance/domain/presets.ts';
import { schoolDaysIn } from '../src/attendance/domain/windows.ts';
import { buildAttendanceMunicipality } from '../src/attendance/factories.ts';
import { listFlags } from '../src/attendance/flag-service.ts';
import { recomputeFlags } from '../src/attendance/flags.ts';
import { importForMunicipality } from '../src/attendance/import-service.ts';
import { readFileRows } from '../src/attendance/read-rows.ts';
import type { Db } from '../src/kernel/db/database.ts';
import { actor } from '../src/kernel/testing/actors.ts';
import { openTestDatabase, testEngines } from '../src/kernel/testing/databases.ts';
import { buildPerson, buildUnit } from '../src/kernel/testing/register-factories.ts';
import { oslo } from '../src/time/calendar-fixture.ts';

const scaleAt = process.argv.indexOf('--scale');
const PUPILS = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 2000;
const engineAt = process.argv.indexOf('--engine');
const ENGINES = engineAt > 0 ? testEngines.filter((e) => e === process.argv[engineAt + 1]) : testEngines;
const SCHOOLS = 20;
const NOW = new Date('2026-11-23T09:00:00Z');
const LIST_REQUESTS = 50;

const folder = mkdtempSync(path.join(tmpdir(), 'tidlig-attendance-bench-'));
try {
  for (const engine of ENGINES) {
    const database = await openTestDatabase(engine);
    try {
      console.log(`\n${engine}: ${PUPILS} pupils in ${SCHOOLS} schools`);
      await run(database.db);
    } finally {
      await database.drop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

async function run(db: Db) {
  const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
  const schools = [];
  for (let i = 0; i < SCHOOLS; i++) schools.push(await buildUnit(db, { municipality_id: municipality.id }));
  const ids = await buildPupils(db, municipality.id, schools.map((s) => s.id));
  // A register has its statistics (autovacuum's, or the seed's ANALYZE): the pupils' lookup plans by them.
  await sql`analyze`.execute(db);
  const days = schoolDaysIn(oslo, { from: '2026-08-17', to: '2026-11-20' });

  const term = path.join(folder, 'term.csv');
  const rows = writeFile(term, ids, days);
  let started = performance.now();
  let written = started;
  const onProgress = () => (written = performance.now());
  const report = await importForMunicipality(db, municipality.code, readFileRows(term, 'csv'), { source: 'visma', now: NOW, onProgress });
  let seconds = (performance.now() - started) / 1000;
  const alone = (written - started) / 1000;
  console.log(`import alone: ${rows} rows in ${alone.toFixed(1)} s = ${Math.round(rows / alone)} rows/s`);
  console.log(`import: ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s (accepted ${report.accepted}, rejected ${report.rejected.length}; flags recomputed inside)`);

  started = performance.now();
  const again = await importForMunicipality(db, municipality.code, readFileRows(term, 'csv'), { source: 'visma', now: NOW, onProgress });
  seconds = (written - started) / 1000;
  console.log(`the same file again, import alone: ${Math.round(rows / seconds)} rows/s (changed ${again.changed}); with the recompute ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  await db.transaction().execute((trx) => recomputeFlags(trx, municipality.id, '2026-11-23'));
  console.log(`full recompute of the municipality's flags: ${((performance.now() - started) / 1000).toFixed(2)} s`);

  const oneDay = path.join(folder, 'day.csv');
  const dayRows = writeFile(oneDay, ids, ['2026-11-23']);
  started = performance.now();
  await importForMunicipality(db, municipality.code, readFileRows(oneDay, 'csv'), { source: 'visma', now: NOW });
  seconds = (performance.now() - started) / 1000;
  console.log(`daily increment (${dayRows} rows, import and recompute): ${seconds.toFixed(2)} s`);

  const leader = await actor(db, await buildPerson(db, 'unit_leader', schools[0]!));
  const times: number[] = [];
  let flags = 0;
  for (let i = 0; i < LIST_REQUESTS; i++) {
    started = performance.now();
    flags = (await listFlags(db, leader, schools[0]!.id)).flags.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`school flag list (${flags} flags, ${LIST_REQUESTS} reads through the service): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}

/** Pupils with synthetic-looking 11-digit numbers (the bench bypasses the register's factories for speed). */
async function buildPupils(db: Db, municipalityId: string, schoolIds: string[]): Promise<string[]> {
  const numbers: string[] = [];
  for (let start = 0; start < PUPILS; start += 5000) {
    const batch = Array.from({ length: Math.min(5000, PUPILS - start) }, (_, i) => start + i);
    const children = await db
      .insertInto('child')
      .values(batch.map((n) => ({ municipality_id: municipalityId, given_name: 'Elev', family_name: `Nr ${n}`, birth_date: '2014-01-01', national_id: `9${String(n).padStart(10, '0')}`, national_id_synthetic: true })))
      .returning(['id', 'national_id'])
      .execute();
    await db
      .insertInto('enrolment')
      .values(children.map((c, i) => ({ child_id: c.id, unit_id: schoolIds[(start + i) % schoolIds.length]!, grade: 5, group_name: '5A' })))
      .execute();
    numbers.push(...children.map((c) => c.national_id));
  }
  return numbers;
}

/** A Visma-like file of the days: each pupil away on about 7 % of them (a deterministic pattern, not random). */
function writeFile(file: string, numbers: string[], days: string[]): number {
  const lines = ['Fødselsnummer;Dato;Time;Minutter;Fraværstype'];
  numbers.forEach((number, p) => {
    days.forEach((day, d) => {
      if ((p * 7 + d * 13) % 100 >= 7) return;
      const date = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
      lines.push((p + d) % 10 === 0 ? `${number};${date};3;45;Udokumentert` : `${number};${date};;;Syk`);
    });
  });
  writeFileSync(file, lines.join('\n') + '\n');
  return lines.length - 1;
}
