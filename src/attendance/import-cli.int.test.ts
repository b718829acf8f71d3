/**
 * `tidlig attendance import` as municipal IT's batch runs it: the saved mapping of the source,
 * accepted and rejected counts, each rejected row in --json, and the exit codes the issue gives
 * (0 all accepted, 1 some rejected while the accepted land, 2 nothing could be read).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bare } from '../time/calendar-fixture.ts';
import { addDays, localDate } from '../time/dates.ts';
import { isClosed } from '../time/school-calendar.ts';
import { VISMA_MAPPING, vismaCsv } from './factories.ts';
import { openDatabase } from '../kernel/db/database.ts';
import { buildEnrolledChild, buildMunicipality, buildUnit } from '../kernel/testing/register-factories.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/tidlig.js');
let folder: string;
let env: Record<string, string>;
let pupil: string;

function run(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const { DATABASE_URL: _url, NODE_ENV: _env, ...rest } = process.env;
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...rest, ...env } as Record<string, string> });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, text: string): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, text);
  return target;
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-attendance-'));
  env = { TIDLIG_DATA_DIR: path.join(folder, 'data') };
  expect((await run(['migrate'])).code).toBe(0);
  const database = await openDatabase({ engine: 'pglite', dataDir: env.TIDLIG_DATA_DIR! });
  try {
    const municipality = await buildMunicipality(database.db, { code: '3411' });
    const school = await buildUnit(database.db, { municipality_id: municipality.id });
    pupil = (await buildEnrolledChild(database.db, { municipality_id: municipality.id, unit_id: school.id })).national_id;
  } finally {
    await database.close();
  }
  const saved = await run(['attendance', 'mapping', file('visma.json', JSON.stringify(VISMA_MAPPING)), '--municipality', '3411', '--source', 'visma']);
  expect(saved.stdout).toMatch(/Saved the mapping of visma/);
}, 120_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/**
 * The CLI runs in a process of its own on the real clock (moved with the suite's): the latest
 * school day up to today, which the import takes on any date, in the summer holiday too.
 */
const recentWeekday = (() => {
  let date = localDate(new Date());
  while (isClosed(bare('NO'), date)) date = addDays(date, -1);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
})();

it('exits 0 when every row is accepted, and a dry run says so', async () => {
  const csv = file('good.csv', vismaCsv([[pupil, recentWeekday, '', '', 'Syk']]));
  const result = await run(['attendance', 'import', csv, '--municipality', '3411', '--source', 'visma', '--dry-run']);
  expect(result.stdout).toMatch(/Dry run: 1 row\(s\) accepted/);
  expect(result.code).toBe(0);
}, 60_000);

it('exits 1 when some rows are rejected, printing each with line, reason and column', async () => {
  const csv = file('mixed.csv', vismaCsv([[pupil, recentWeekday, '', '', 'Syk'], ['01010112345', recentWeekday, '', '', 'Syk'], [pupil, '31.02.2026', '', '', 'Syk']]));
  const result = await run(['attendance', 'import', csv, '--municipality', '3411', '--source', 'visma', '--json']);
  expect(JSON.parse(result.stdout)).toMatchObject({
    accepted: 1,
    rejectedCount: 2,
    rejected: [
      { line: 3, reason: 'unknown_pupil', column: 'Fødselsnummer' },
      { line: 4, reason: 'bad_date', column: 'Dato' },
    ],
  });
  expect(result.code).toBe(1);
}, 60_000);

it('exits 2 when nothing can be read: no file, no such municipality, no mapping for the source', async () => {
  const csv = file('one.csv', vismaCsv([[pupil, recentWeekday, '', '', 'Syk']]));
  const missing = await run(['attendance', 'import', path.join(folder, 'nope.csv'), '--municipality', '3411', '--source', 'visma']);
  const municipality = await run(['attendance', 'import', csv, '--municipality', '9999', '--source', 'visma']);
  const source = await run(['attendance', 'import', csv, '--municipality', '3411', '--source', 'vigilo', '--json']);
  expect([missing.code, municipality.code, source.code]).toEqual([2, 2, 2]);
  expect(missing.stderr).toMatch(/no such file/);
  expect(municipality.stderr).toMatch(/no municipality has the code 9999/);
  expect(JSON.parse(source.stdout)).toEqual({ error: expect.stringMatching(/no column mapping is saved for the source vigilo/) });
}, 180_000);
