/**
 * The login machinery as a browser meets it: demo login, the cookie's flags, CSRF on every
 * state-changing request, security headers, session timeouts and logging out everywhere.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditTables } from '../audit/table.ts';
import { buildServer } from '../http/server.ts';
import { describeEachEngine } from '../testing/databases.ts';
import { buildMembership, buildMunicipality, buildStaff, buildUnit } from '../testing/register-factories.ts';
import { SESSION_COOKIE } from './plugin.ts';
import { IDLE_TIMEOUT_MS } from './session-rules.ts';
import { createSession, findSession } from './sessions.ts';

const ids = { demo: '', ordinary: '', unit: '' };

describeEachEngine(
  'login and sessions',
  (use, engine) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildServer({ db: use().db, engine, version: 'test', demo: true });
    });
    afterAll(() => app.close());

    /** A CSRF cookie and token, issued in `session` or without one. */
    async function csrf(session?: string) {
      const response = await app.inject({ url: '/api/session', ...(session ? { cookies: { [SESSION_COOKIE]: session } } : {}) });
      const cookie = response.cookies.find((c) => c.name === 'tidlig_csrf')!;
      return { token: (response.json() as { csrfToken: string }).csrfToken, cookie: { tidlig_csrf: cookie.value } };
    }

    async function demoLogin(staffId: string) {
      const { token, cookie } = await csrf();
      return app.inject({
        method: 'POST',
        url: '/api/auth/demo/login',
        cookies: cookie,
        headers: { 'x-csrf-token': token },
        payload: { staffId },
      });
    }

    it('logs in a demo person with an httpOnly, SameSite=Lax session cookie, and audits it', async () => {
      const response = await demoLogin(ids.demo);
      expect(response.statusCode).toBe(204);
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      const session = await app.inject({ url: '/api/session', cookies: { [SESSION_COOKIE]: cookie!.value } });
      expect(session.json().user).toMatchObject({ id: ids.demo, currentUnit: { id: ids.unit, role: 'staff' } });
      const logins = await use()
        .db.withTables<AuditTables>()
        .selectFrom('audit_event')
        .select('outcome')
        .where('action', '=', 'login')
        .where('resource_id', '=', ids.demo)
        .execute();
      expect(logins).toEqual([{ outcome: 'allowed' }]);
    });

    it('ends the first session when someone logs in again in the same browser', async () => {
      const first = (await demoLogin(ids.demo)).cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const { token, cookie } = await csrf(first);
      const again = await app.inject({
        method: 'POST',
        url: '/api/auth/demo/login',
        cookies: { ...cookie, [SESSION_COOKIE]: first },
        headers: { 'x-csrf-token': token },
        payload: { staffId: ids.demo },
      });
      const second = again.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      expect(second).not.toBe(first);
      expect((await app.inject({ url: '/api/session', cookies: { [SESSION_COOKIE]: first } })).json().user).toBeNull();
      expect((await app.inject({ url: '/api/session', cookies: { [SESSION_COOKIE]: second } })).json().user).toMatchObject({ id: ids.demo });
    });

    it('drops the CSRF secret at login and logout, so a secret planted before a login is worthless after it', async () => {
      const login = await demoLogin(ids.demo);
      expect(login.cookies.find((c) => c.name === 'tidlig_csrf')).toMatchObject({ value: '' });
      const session = login.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const { token, cookie } = await csrf(session);
      const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { ...cookie, [SESSION_COOKIE]: session }, headers: { 'x-csrf-token': token } });
      expect(logout.statusCode).toBe(204);
      expect(logout.cookies.find((c) => c.name === 'tidlig_csrf')).toMatchObject({ value: '' });
    });

    it('refuses a token from before the login after it, even with its secret cookie kept', async () => {
      const before = await csrf();
      const login = await demoLogin(ids.demo);
      const session = login.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const put = (token: string) =>
        app.inject({ method: 'PUT', url: '/api/session/current-unit', cookies: { ...before.cookie, [SESSION_COOKIE]: session }, headers: { 'x-csrf-token': token }, payload: { unitId: ids.unit } });
      const stale = await put(before.token);
      expect({ status: stale.statusCode, code: stale.json().code }).toEqual({ status: 403, code: 'csrf_failed' });
      // The same secret, a token issued in the new session: taken.
      const fresh = await app.inject({ url: '/api/session', cookies: { ...before.cookie, [SESSION_COOKIE]: session } });
      expect((await put((fresh.json() as { csrfToken: string }).csrfToken)).statusCode).toBe(204);
    });

    it("refuses one session's token in another session of the same browser secret", async () => {
      const { db } = use();
      const a = await createSession(db, ids.demo, 'demo');
      const b = await createSession(db, ids.demo, 'demo');
      const ofA = await csrf(a);
      const put = (session: string) =>
        app.inject({ method: 'PUT', url: '/api/session/current-unit', cookies: { ...ofA.cookie, [SESSION_COOKIE]: session }, headers: { 'x-csrf-token': ofA.token }, payload: { unitId: ids.unit } });
      const other = await put(b);
      expect({ status: other.statusCode, code: other.json().code }).toEqual({ status: 403, code: 'csrf_failed' });
      expect((await put(a)).statusCode).toBe(204);
    });

    it('refuses a state-changing request from another site even with a valid token, and takes one from its own', async () => {
      const send = async (headers: Record<string, string>) => {
        const { token, cookie } = await csrf();
        return app.inject({ method: 'POST', url: '/api/auth/demo/login', cookies: cookie, headers: { 'x-csrf-token': token, host: 'tidlig.test', ...headers }, payload: { staffId: ids.demo } });
      };
      const foreign = await send({ origin: 'https://evil.example' });
      expect({ status: foreign.statusCode, code: foreign.json().code }).toEqual({ status: 403, code: 'cross_site' });
      expect((await send({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      expect((await send({ origin: 'http://tidlig.test', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(204);
    });

    it('refuses a demo login as someone who is not a demo person', async () => {
      expect((await demoLogin(ids.ordinary)).statusCode).toBe(404);
    });

    it('refuses a state-changing request without the CSRF token, and changes nothing', async () => {
      const before = await use().db.selectFrom('session').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const response = await app.inject({ method: 'POST', url: '/api/auth/demo/login', payload: { staffId: ids.demo } });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf_failed');
      const after = await use().db.selectFrom('session').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('sends the security headers: a CSP without unsafe-inline, no framing, no referrer', async () => {
      const response = await app.inject('/api/health');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('ends a session after 30 idle minutes', async () => {
      const { db } = use();
      const start = new Date('2026-11-23T08:00:00Z');
      const token = await createSession(db, ids.demo, 'demo', start);
      expect(await findSession(db, token, new Date(start.getTime() + IDLE_TIMEOUT_MS - 60_000))).toBeDefined();
      expect(await findSession(db, token, new Date(start.getTime() + 2 * IDLE_TIMEOUT_MS))).toBeUndefined();
    });

    it('logs out everywhere: every session of the person ends', async () => {
      const { db } = use();
      const phone = await createSession(db, ids.demo, 'demo');
      const laptop = await createSession(db, ids.demo, 'demo');
      const { token, cookie } = await csrf(phone);
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/logout-everywhere',
        cookies: { ...cookie, [SESSION_COOKIE]: phone },
        headers: { 'x-csrf-token': token },
      });
      expect(response.statusCode).toBe(204);
      expect(await findSession(db, phone)).toBeUndefined();
      expect(await findSession(db, laptop)).toBeUndefined();
    });

    it('switches the current unit only to one of the person’s own', async () => {
      const { db } = use();
      const session = await createSession(db, ids.demo, 'demo');
      const { token, cookie } = await csrf(session);
      const put = (unitId: string) =>
        app.inject({
          method: 'PUT',
          url: '/api/session/current-unit',
          cookies: { ...cookie, [SESSION_COOKIE]: session },
          headers: { 'x-csrf-token': token },
          payload: { unitId },
        });
      expect((await put(ids.unit)).statusCode).toBe(204);
      expect((await put('7f1c2d3e-0000-4000-8000-000000000000')).statusCode).toBe(404);
    });
  },
  async ({ db }) => {
    const municipality = await buildMunicipality(db);
    const unit = await buildUnit(db, { municipality_id: municipality.id });
    const demo = await buildStaff(db, { municipality_id: municipality.id, email: 'demo.staff@testvik.demo', synthetic: true });
    const ordinary = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: demo.id, unit_id: unit.id, role: 'staff' });
    await buildMembership(db, { staff_id: ordinary.id, unit_id: unit.id, role: 'staff' });
    Object.assign(ids, { demo: demo.id, ordinary: ordinary.id, unit: unit.id });
  },
);
