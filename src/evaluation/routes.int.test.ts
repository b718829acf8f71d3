/**
 * The evaluation's PDF over HTTP: a PDF, audited as one view, whose tables write every hidden
 * count as hidden and show no count under 5.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../kernel/auth/sessions.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectInSession } from '../kernel/testing/sessions.ts';
import { buildReportingSchools } from './factories.ts';
import { evaluation } from './index.ts';
import { evaluationMessages } from './web/messages.ts';

/** The strings the PDF writes, one per text call, in order (the PDF is not compressed; standard fonts write WinAnsi). */
function pdfStrings(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\[([^\]]*)\] TJ/g)].map(([, parts]) => [...parts!.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex!, 'hex').toString('latin1')).join(''));
}

describeEachEngine('evaluation routes', (use, engine) => {
  let app: FastifyInstance;
  let leader = '';
  let municipalityId = '';
  let pilotUnit = '';

  beforeAll(async () => {
    const { db } = use();
    const schools = await buildReportingSchools(db);
    municipalityId = schools.municipality.id;
    pilotUnit = schools.units.pilot!;
    leader = await createSession(db, schools.leader, 'demo');
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [evaluation] });
  });
  afterAll(() => app?.close());

  it('answers a PDF with the headline and the tables, hidden counts written as hidden and none under 5, audited as one view', async () => {
    const { db } = use();
    const body = { outcome: 'concern_reports', granularity: 'term', from: '2024-08-01', to: '2026-07-31', pilot: [{ unitId: pilotUnit, startedOn: '2025-08-01' }], locale: 'en' };
    const response = await injectInSession(app, leader, { method: 'POST', url: `/api/municipalities/${municipalityId}/evaluation/pdf`, payload: body });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const strings = pdfStrings(response.rawPayload);
    const en = evaluationMessages.en;
    // The estimate worked by hand in service.int.test.ts: −100 per 100, with a permutation test (one pilot unit).
    expect(strings.join(' ')).toContain('Concern reports per 100 children fell by 100 more at the pilot units');
    // The groups' table, row by row: period, pilot count, pilot rate, comparison count, comparison rate.
    const start = strings.indexOf('2024-T1');
    const rows = Array.from({ length: 4 }, (_, r) => strings.slice(start + 5 * r, start + 5 * r + 5));
    expect(rows.map((row) => row[0])).toEqual(['2024-T1', '2024-T2', '2025-T1', '2025-T2']);
    // c's 3 in 2024-T2 is hidden, and with it the comparison's sum in that term.
    expect(rows[1]![3]).toBe(en.pdf.hidden);
    for (const row of rows) for (const count of [row[1]!, row[3]!]) if (count !== en.pdf.hidden) expect(Number(count)).toBeGreaterThanOrEqual(5);

    const events = await db.selectFrom('audit_event').select(['action', 'purpose']).where('resource_type', '=', 'evaluation').where('resource_id', '=', municipalityId).execute();
    expect(events).toEqual([{ action: 'read', purpose: 'PDF' }]);
  });

  it('refuses a language it has no texts in with 400', async () => {
    const body = { outcome: 'concern_reports', granularity: 'term', from: '2024-08-01', to: '2026-07-31', pilot: [{ unitId: pilotUnit, startedOn: '2025-08-01' }], locale: 'sv' };
    const response = await injectInSession(app, leader, { method: 'POST', url: `/api/municipalities/${municipalityId}/evaluation/pdf`, payload: body });
    expect(response.statusCode).toBe(400);
  });
});
