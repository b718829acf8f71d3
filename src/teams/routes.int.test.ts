/** The team routes over HTTP: the answer bodies of a stale edit and of an identifying anonymous case. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { injectInSession } from '../kernel/testing/sessions.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { buildTeamMeeting } from './factories.ts';
import { teams } from './index.ts';

describeEachEngine('team routes', (use, engine) => {
  let app: FastifyInstance;
  let unitId = '';
  let meetingId = '';
  let token = '';

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    unitId = (await buildUnit(db, { municipality_id: municipality.id })).id;
    const principal = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: principal.id, unit_id: unitId, role: 'unit_leader' });
    meetingId = await buildTeamMeeting(db, unitId, '2026-11-11');
    token = await createSession(db, principal.id, 'demo');
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [teams] });
  });
  afterAll(() => app?.close());

  const send = (method: 'PUT' | 'POST', url: string, payload: Record<string, unknown>) => injectInSession(app, token, { method, url, payload });

  it('answers 409 conflict to a stale version, and the meeting keeps its date', async () => {
    const url = `/api/units/${unitId}/team/meetings/${meetingId}`;
    const ok = await send('PUT', url, { version: 1, date: '2026-11-18', start: '12:00', end: '13:00' });
    expect(ok.statusCode).toBe(200);
    const stale = await send('PUT', url, { version: 1, date: '2026-11-25', start: '12:00', end: '13:00' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict' });
    const team = await app.inject({ url: `/api/units/${unitId}/team?schoolYear=2026%2F27`, cookies: { [SESSION_COOKIE]: token } });
    expect(team.json().meetings[0]).toMatchObject({ date: '2026-11-18', version: 2 });
  });

  it('answers 400 with the findings’ kinds and spans, not the text, to an identifying anonymous case', async () => {
    const text = 'Jente i 3. klasse, far har telefon 912 34 567';
    const response = await send('POST', `/api/units/${unitId}/team/meetings/${meetingId}/agenda-items`, { kind: 'anonymous_case', text });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'identifying_text', findings: [{ kind: 'phone', start: text.indexOf('912'), end: text.length }] });
    expect(response.body).not.toContain('912 34 567');
  });
});
