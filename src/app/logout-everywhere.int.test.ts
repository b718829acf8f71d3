/**
 * Logging out everywhere ends what the person's sessions opened elsewhere: a device they left in
 * pupil mode stops filing requests in their name (the kernel's event, handled by pupil talks as
 * the composition root wires it).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { createSession } from '../kernel/auth/sessions.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../kernel/testing/register-factories.ts';
import { csrfFor } from '../kernel/testing/sessions.ts';
import { buildAppServer } from './server.ts';

describeEachEngine('logging out everywhere', (use, engine) => {
  let app: FastifyInstance;
  const ids = {} as Record<'school' | 'teacher', string>;

  beforeAll(async () => {
    const { db } = use();
    const municipality = await buildMunicipality(db);
    const school = await buildUnit(db, { municipality_id: municipality.id });
    const teacher = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: teacher.id, unit_id: school.id, role: 'staff' });
    Object.assign(ids, { school: school.id, teacher: teacher.id });
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  it('ends the devices the person left in pupil mode', async () => {
    const { cookies, headers } = await csrfFor(app);
    const inClassroom = await createSession(use().db, ids.teacher, 'demo');
    const inSession = await csrfFor(app, inClassroom);
    const opened = await app.inject({
      method: 'POST',
      url: `/api/units/${ids.school}/pupil-mode`,
      cookies: { ...inSession.cookies, [SESSION_COOKIE]: inClassroom },
      headers: inSession.headers,
      payload: {},
    });
    const device = { ...cookies, tidlig_pupil_mode: opened.cookies.find((c) => c.name === 'tidlig_pupil_mode')!.value };
    const file = (key: string) =>
      app.inject({ method: 'POST', url: '/api/pupil-mode/requests', cookies: device, headers, payload: { firstName: 'Mia', classGroup: '6B', about: 'friends', idempotencyKey: key } });
    expect((await file('before-logout-0001')).statusCode).toBe(201);

    const atHome = await createSession(use().db, ids.teacher, 'demo');
    const home = await csrfFor(app, atHome);
    const loggedOut = await app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', cookies: { ...home.cookies, [SESSION_COOKIE]: atHome }, headers: home.headers });
    expect(loggedOut.statusCode).toBe(204);

    expect((await file('after-logout-0001')).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/pupil-mode', cookies: device })).json()).toMatchObject({ mode: null });
  });
});
