/** Pupil mode over HTTP: the cookies it sets and clears, and what the device can and cannot do after. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { buildServer } from '../kernel/http/server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { csrfFor } from '../kernel/testing/sessions.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { pupilTalks } from './index.ts';

describeEachEngine('pupil talk routes', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'school' | 'teacher', string>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const teacher = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: teacher.id, unit_id: school.id, role: 'staff' });
    Object.assign(ids, { school: school.id, teacher: teacher.id });
    app = await buildServer({ db, engine, version: 'test', demo: true }, { capabilities: [pupilTalks] });
  });
  afterAll(() => app?.close());

  const csrf = () => csrfFor(app);

  it('switches the device into pupil mode: the session ends, a narrow pupil-mode cookie is set, and only requests get through', async () => {
    const { cookies, headers } = await csrf();
    const session = await createSession(use().db, ids.teacher, 'demo');
    const inSession = await csrfFor(app, session);
    const opened = await app.inject({
      method: 'POST',
      url: `/api/units/${ids.school}/pupil-mode`,
      cookies: { ...inSession.cookies, [SESSION_COOKIE]: session },
      headers: inSession.headers,
      payload: {},
    });
    expect(opened.statusCode).toBe(201);
    const sessionCookie = opened.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(sessionCookie?.value).toBe('');
    const mode = opened.cookies.find((c) => c.name === 'tidlig_pupil_mode')!;
    expect(mode).toMatchObject({ path: '/api/pupil-mode', httpOnly: true, sameSite: 'Strict', maxAge: 36_000 });

    // The old session cookie, should the browser still send it, no longer opens anything.
    const after = await app.inject({ url: `/api/units/${ids.school}/pupil-talks`, cookies: { [SESSION_COOKIE]: session } });
    expect(after.statusCode).toBe(401);

    const device = { ...cookies, tidlig_pupil_mode: mode.value };
    expect((await app.inject({ url: '/api/pupil-mode', cookies: device })).json()).toMatchObject({ mode: { unit: { id: ids.school } } });
    const filed = await app.inject({
      method: 'POST',
      url: '/api/pupil-mode/requests',
      cookies: device,
      headers,
      payload: { firstName: 'Mia', classGroup: '6B', about: 'friends', idempotencyKey: 'device-key-0001' },
    });
    expect(filed.statusCode).toBe(201);
    const twice = await app.inject({
      method: 'POST',
      url: '/api/pupil-mode/requests',
      cookies: device,
      headers,
      payload: { firstName: 'Mia', classGroup: '6B', about: 'friends', idempotencyKey: 'device-key-0001' },
    });
    expect(twice.json()).toEqual(filed.json());

    const bad = await app.inject({ method: 'POST', url: '/api/pupil-mode/requests', cookies: device, headers, payload: { firstName: '', classGroup: '6B', idempotencyKey: 'device-key-0002' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed', issues: [{ path: 'body/firstName' }] });

    // Leaving takes a logged-in staff member; the device's token is then gone.
    expect((await app.inject({ method: 'DELETE', url: '/api/pupil-mode', cookies: device, headers })).statusCode).toBe(401);
    const staffAgain = await createSession(use().db, ids.teacher, 'demo');
    const again = await csrfFor(app, staffAgain);
    const ended = await app.inject({ method: 'DELETE', url: '/api/pupil-mode', cookies: { ...device, ...again.cookies, [SESSION_COOKIE]: staffAgain }, headers: again.headers });
    expect(ended.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/pupil-mode', cookies: device })).json()).toEqual({ mode: null });
    const refused = await app.inject({
      method: 'POST',
      url: '/api/pupil-mode/requests',
      cookies: device,
      headers,
      payload: { firstName: 'Mia', classGroup: '6B', idempotencyKey: 'device-key-0003' },
    });
    expect(refused.statusCode).toBe(404);
  });
});
