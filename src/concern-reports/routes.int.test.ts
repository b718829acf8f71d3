/** The concern report routes over HTTP: an incomplete report's answer, a bad draft refused unchanged, the PDF, the Fiks IO body. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../kernel/auth/sessions.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectInSession } from '../kernel/testing/sessions.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildContent } from './factories.ts';
import { validateFiksMessage } from './fiks-io/validate.ts';
import { concernReports } from './index.ts';

describeEachEngine('concern report routes', (use, engine) => {
  let app: FastifyInstance;
  let teacher = '';
  let intake = '';

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db, { code: '4321' });
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const childWelfare = await buildUnit(db, { municipality_id: municipality.id, kind: 'child_welfare' });
    const person = async (role: 'staff' | 'intake_worker', unitId: string) => {
      const staff = await buildStaff(db, { municipality_id: municipality.id });
      await buildMembership(db, { staff_id: staff.id, unit_id: unitId, role });
      return createSession(db, staff.id, 'demo');
    };
    teacher = await person('staff', school.id);
    intake = await person('intake_worker', childWelfare.id);
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [concernReports] });
  });
  afterAll(() => app?.close());

  const send = (token: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: Record<string, unknown>) => injectInSession(app, token, { method, url, payload });

  it('answers an incomplete report with its problems, a bad draft with 400 and nothing saved, and sends a complete one', async () => {
    const created = await send(teacher, 'POST', '/api/concern-reports/drafts', { idempotencyKey: 'route-draft-1' });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;

    const incomplete = await send(teacher, 'POST', `/api/concern-reports/drafts/${id}/submit`, { version: 1, idempotencyKey: 'route-submit-1', locale: 'nb' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({ code: 'incomplete', problems: expect.arrayContaining([{ section: 'child', field: 'child.givenName', kind: 'missing', blocking: true }]) });

    const bad = await send(teacher, 'PUT', `/api/concern-reports/drafts/${id}`, { version: 1, content: { ...buildContent(), duration: 'x'.repeat(2001) } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    expect(JSON.stringify(bad.json())).not.toContain('Testesen');
    expect((await send(teacher, 'GET', `/api/concern-reports/drafts/${id}`)).json()).toMatchObject({ version: 1 });

    // PostgreSQL's jsonb cannot hold \u0000: refused at the schema, never a database error.
    const withNul = { ...buildContent(), actionsTaken: 'Samtale med foreldre\u0000' };
    withNul.observations = [{ ...withNul.observations[0]!, what: 'Kom uten matpakke\u0000' }];
    const nul = await send(teacher, 'PUT', `/api/concern-reports/drafts/${id}`, { version: 1, content: withNul });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toEqual({
      code: 'validation_failed',
      message: 'Teksten har tegn som ikke er tillatt. Fjern usynlige tegn, for eksempel fra kopiert tekst.',
      issues: [
        { path: 'body/content/observations/0/what', code: 'text_not_allowed' },
        { path: 'body/content/actionsTaken', code: 'text_not_allowed' },
      ],
    });
    expect((await send(teacher, 'GET', `/api/concern-reports/drafts/${id}`)).json()).toMatchObject({ version: 1 });

    expect((await send(teacher, 'PUT', `/api/concern-reports/drafts/${id}`, { version: 1, content: buildContent() })).statusCode).toBe(200);
    const sent = await send(teacher, 'POST', `/api/concern-reports/drafts/${id}/submit`, { version: 2, idempotencyKey: 'route-submit-1', locale: 'en' });
    expect(sent.statusCode).toBe(201);
    const again = await send(teacher, 'POST', `/api/concern-reports/drafts/${id}/submit`, { version: 2, idempotencyKey: 'route-submit-1', locale: 'en' });
    expect(again.statusCode).toBe(200);

    const pdf = await send(teacher, 'GET', `/api/concern-reports/drafts/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const fiks = await send(intake, 'GET', `/api/concern-reports/${id}/fiks-io`);
    expect(fiks.statusCode).toBe(200);
    expect(validateFiksMessage(fiks.json())).toEqual([]);
    expect(fiks.json()).toMatchObject({ kommunenummer: '4321' });
  });
});
