/**
 * The import page's upload over HTTP, on both engines: the file is the request's body, read as a
 * stream; the answer is the import's progress line by line, then its report. A file that cannot be
 * read, one over the limit or a body that is no file is refused before anything lands.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../kernel/auth/sessions.ts';
import type { Db } from '../kernel/db/database.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { injectInSession } from '../kernel/testing/sessions.ts';
import { oslo } from '../time/calendar-fixture.ts';
import { RINGSAKER } from './domain/presets.ts';
import { buildAttendanceMunicipality, vismaCsv, type VismaLine } from './factories.ts';
import { attendance } from './index.ts';

describeEachEngine('attendance import over HTTP', (use, engine) => {
  let app: FastifyInstance;
  let db: Db;
  let session = '';
  let schoolId = '';
  let ida = '';

  beforeAll(async () => {
    db = use().db;
    const municipality = await buildAttendanceMunicipality(db, oslo, RINGSAKER);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    schoolId = school.id;
    ida = (await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: school.id })).national_id;
    session = await createSession(db, await buildPerson(db, 'unit_leader', school), 'demo');
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [attendance] });
  });
  afterAll(() => app?.close());

  const upload = (body: string, query = 'source=visma', contentType = 'text/csv') =>
    injectInSession(app, session, { method: 'POST', url: `/api/units/${schoolId}/attendance/imports?${query}`, payload: body, headers: { 'content-type': contentType } });
  const lines = (payload: string) => payload.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  const absenceRows = () => db.selectFrom('absence').select('date').execute();

  it('reads a file of 12,000 rows as it comes, answering its progress after each 5,000 and then the report', async () => {
    // 12,000 rows: 2 of Ida's days, then 11,998 whose identity number is no number, refused.
    const file: VismaLine[] = [
      [ida, '02.11.2026', '', '', 'Syk'],
      [ida, '03.11.2026', '', '', 'Syk'],
      ...Array.from({ length: 11_998 }, (): VismaLine => ['x', '04.11.2026', '', '', 'Syk']),
    ];
    const response = await upload(vismaCsv(file));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson');
    const answer = lines(response.payload);
    const size = Buffer.byteLength(vismaCsv(file));
    expect(answer.slice(0, 2).map((line) => (line.progress as { rowsRead: number }).rowsRead)).toEqual([5_000, 10_000]);
    for (const line of answer.slice(0, 2)) expect((line.progress as { bytesRead: number }).bytesRead).toBeLessThanOrEqual(size);
    // The last batch's progress, then the report.
    expect(answer.at(-2)).toEqual({ progress: { rowsRead: 12_000, accepted: 2, rejected: 11_998, bytesRead: size } });
    const report = answer.at(-1)!.result as { rowsRead: number; accepted: number; rejected: { line: number; reason: string }[] };
    expect([report.rowsRead, report.accepted, report.rejected.length]).toEqual([12_000, 2, 11_998]);
    expect(report.rejected[0]).toEqual({ line: 4, reason: 'bad_identity_number', column: 'Fødselsnummer' });
    expect((await absenceRows()).map((r) => r.date).sort()).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('refuses a file that is not CSV, a body over 25 MB, a body that is no file and an unknown source, and lands nothing', async () => {
    const before = await absenceRows();
    const unreadable = await upload(`Fødselsnummer;Dato;Time;Minutter;Fraværstype\n"${ida};05.11.2026;;;Syk\n`);
    expect([unreadable.statusCode, unreadable.json().code]).toEqual([400, 'unreadable_file']);
    const tooLarge = await injectInSession(app, session, {
      method: 'POST',
      url: `/api/units/${schoolId}/attendance/imports?source=visma`,
      payload: 'x',
      headers: { 'content-type': 'text/csv', 'content-length': String(26 * 1024 * 1024) },
    });
    expect([tooLarge.statusCode, tooLarge.json().code]).toEqual([413, 'file_too_large']);
    const json = await injectInSession(app, session, { method: 'POST', url: `/api/units/${schoolId}/attendance/imports?source=visma`, payload: { content: 'a;b' } });
    expect([json.statusCode, json.json().code]).toEqual([400, 'no_file']);
    const noMapping = await upload(vismaCsv([[ida, '05.11.2026', '', '', 'Syk']]), 'source=lectio');
    expect([noMapping.statusCode, noMapping.json().code]).toEqual([400, 'no_mapping']);
    expect(await absenceRows()).toEqual(before);
  });
});
