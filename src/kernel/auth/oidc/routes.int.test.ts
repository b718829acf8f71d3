/**
 * Logging in through a municipality's identity provider, end to end: a real oidc-provider
 * on 127.0.0.1, Tidlig's auth plugin and OIDC routes on another port, and a small browser
 * walking between them. Every refusal is checked to leave no session and no staff behind.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Db } from '../../db/database.ts';
import { describeEachEngine } from '../../testing/databases.ts';
import { buildMunicipality, buildStaff } from '../../testing/register-factories.ts';
import { authPlugin, SESSION_COOKIE } from '../plugin.ts';
import { findSession } from '../sessions.ts';
import { CALLBACK_PATH, oidcRoutes, STATE_COOKIE } from './routes.ts';
import { TestBrowser } from './test-browser.ts';
import { startImpostorIssuer, startTestIdp, type TestIdp } from './test-idp.ts';

const CLIENT_ID = 'tidlig';
const CLIENT_SECRET = 'test-client-secret-that-is-long-enough';
const SECRET_ENV = 'TIDLIG_TEST_OIDC_SECRET';

describeEachEngine('login through an identity provider', (use) => {
  let tidlig: FastifyInstance;
  let tidligUrl: string;
  let idp: TestIdp;
  let impostor: { issuer: string; close(): Promise<void> };
  const log: string[] = [];
  // Values that must never reach a log line: addresses, codes, states, session tokens.
  const secrets: string[] = [CLIENT_SECRET];
  const ids = { withIdp: '', withoutIdp: '', impostor: '', missingSecret: '', kari: '' };
  const emails = { kari: 'kari.nordmann@testvik.test', ola: 'ola.vestby@andrevik.test' };

  beforeAll(async () => {
    vi.stubEnv(SECRET_ENV, CLIENT_SECRET);
    const db = use().db;
    tidlig = await buildTidlig(db, log);
    await tidlig.listen({ port: 0, host: '127.0.0.1' });
    tidligUrl = `http://127.0.0.1:${(tidlig.server.address() as { port: number }).port}`;
    idp = await startTestIdp({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: tidligUrl + CALLBACK_PATH });
    impostor = await startImpostorIssuer(idp.issuer);

    const withIdp = await buildMunicipality(db, { name: 'Testvik' });
    const withoutIdp = await buildMunicipality(db, { name: 'Andrevik' });
    const viaImpostor = await buildMunicipality(db, { name: 'Falskvik' });
    const missingSecret = await buildMunicipality(db, { name: 'Glemtvik' });
    const provider = { issuer: idp.issuer, client_id: CLIENT_ID, client_secret_env: SECRET_ENV };
    await db
      .insertInto('identity_provider')
      .values([
        { ...provider, municipality_id: withIdp.id },
        { ...provider, municipality_id: viaImpostor.id, issuer: impostor.issuer },
        { ...provider, municipality_id: missingSecret.id, client_secret_env: 'TIDLIG_TEST_UNSET_SECRET' },
      ])
      .execute();
    const kari = await buildStaff(db, { municipality_id: withIdp.id, external_subject: emails.kari });
    // Known to another municipality only: must not get into Testvik.
    await buildStaff(db, { municipality_id: withoutIdp.id, external_subject: emails.ola });
    Object.assign(ids, {
      withIdp: withIdp.id,
      withoutIdp: withoutIdp.id,
      impostor: viaImpostor.id,
      missingSecret: missingSecret.id,
      kari: kari.id,
    });
    secrets.push(...Object.values(emails));
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await tidlig?.close();
    await impostor?.close();
    await idp?.close();
  });

  /** Starts a login at Tidlig and walks through the provider to its redirect back. */
  async function loginAtProvider(browser: TestBrowser, municipalityId: string): Promise<URL> {
    const start = await browser.get(`${tidligUrl}/api/auth/oidc/${municipalityId}/start`);
    expect(start.status).toBe(302);
    const callback = await browser.followWithin(start.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe(tidligUrl + CALLBACK_PATH);
    secrets.push(callback.searchParams.get('code') ?? '', callback.searchParams.get('state') ?? '');
    return callback;
  }

  async function counts() {
    const count = async (table: 'session' | 'staff') =>
      Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { sessions: await count('session'), staff: await count('staff') };
  }

  /** Delivers the callback and checks it was refused for `reason` with nothing created. */
  async function expectRefused(browser: TestBrowser, callback: URL, reason: string) {
    const before = await counts();
    const response = await browser.get(callback);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/login?error=${reason}`);
    expect(response.headers.getSetCookie().join('\n')).not.toContain(`${SESSION_COOKIE}=`);
    expect(await counts()).toEqual(before);
  }

  function lastRefusal(): { reason?: string; detail?: string } {
    return JSON.parse(log.at(-1) ?? '{}') as { reason?: string; detail?: string };
  }

  const db = (): Db => use().db;

  it('lists the municipalities that have an identity provider', async () => {
    const response = await fetch(`${tidligUrl}/api/auth/oidc/providers`);
    const { providers } = (await response.json()) as { providers: { id: string; name: string }[] };
    expect(providers.map((p) => p.name)).toEqual(expect.arrayContaining(['Testvik', 'Falskvik', 'Glemtvik']));
    expect(providers.map((p) => p.id)).not.toContain(ids.withoutIdp);
  });

  it('logs a staff member in, with PKCE, and replaces the session the browser had', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const start = await browser.get(`${tidligUrl}/api/auth/oidc/${ids.withIdp}/start`);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.origin).toBe(idp.issuer);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      scope: 'openid email profile',
      redirect_uri: tidligUrl + CALLBACK_PATH,
      code_challenge_method: 'S256',
    });
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(start.headers.getSetCookie().join('\n')).toMatch(
      new RegExp(`${STATE_COOKIE}=[^;]+;.*Path=${CALLBACK_PATH}.*HttpOnly.*SameSite=Lax`, 'i'),
    );

    const callback = await browser.followWithin(authorization);
    const response = await browser.get(callback);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const firstToken = browser.cookie(new URL(tidligUrl).host, SESSION_COOKIE)!;
    secrets.push(firstToken);
    expect(await findSession(db(), firstToken)).toMatchObject({ staffId: ids.kari, via: 'oidc' });
    const state = callback.searchParams.get('state')!;
    expect(await db().selectFrom('login_attempt').where('state', '=', state).selectAll().execute()).toEqual([]);

    // Logging in again on the same browser ends the earlier session.
    await browser.get(await loginAtProvider(browser, ids.withIdp));
    const secondToken = browser.cookie(new URL(tidligUrl).host, SESSION_COOKIE)!;
    secrets.push(secondToken);
    expect(secondToken).not.toBe(firstToken);
    expect(await findSession(db(), firstToken)).toBeUndefined();
    expect(await findSession(db(), secondToken)).toMatchObject({ staffId: ids.kari });
  });

  it('accepts a callback once, and asks the provider for its configuration only once', async () => {
    const discoveries = idp.discoveryRequests;
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.withIdp);
    expect((await browser.get(callback)).headers.get('location')).toBe('/');
    await expectRefused(browser, callback, 'unknown_state');
    expect(idp.discoveryRequests).toBe(discoveries);
  });

  it('refuses a tampered state', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.withIdp);
    const state = callback.searchParams.get('state')!;
    callback.searchParams.set('state', (state[0] === 'A' ? 'B' : 'A') + state.slice(1));
    await expectRefused(browser, callback, 'unknown_state');
  });

  it('refuses a callback delivered to a browser that did not start the login', async () => {
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(new TestBrowser(), ids.withIdp);
    await expectRefused(new TestBrowser(), callback, 'unknown_state');
    expect(lastRefusal().detail).toBe('started in another browser');
  });

  it('refuses a login that took more than 10 minutes', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.withIdp);
    await db()
      .updateTable('login_attempt')
      .set({ created_at: new Date(Date.now() - 11 * 60 * 1000) })
      .where('state', '=', callback.searchParams.get('state')!)
      .execute();
    await expectRefused(browser, callback, 'expired_attempt');
  });

  it('refuses an ID token issued by another issuer than the configured one', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.impostor);
    // Without the iss parameter only the ID token itself can give the other issuer away.
    callback.searchParams.delete('iss');
    await expectRefused(browser, callback, 'token_invalid');
    expect(lastRefusal().detail).toBe('OAUTH_JWT_CLAIM_COMPARISON_FAILED');
  });

  it('refuses a callback whose iss parameter names another issuer', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.withIdp);
    callback.searchParams.set('iss', impostor.issuer);
    await expectRefused(browser, callback, 'token_invalid');
    expect(lastRefusal().detail).toBe('OAUTH_INVALID_RESPONSE');
  });

  it('refuses an expired ID token', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari };
    const callback = await loginAtProvider(browser, ids.withIdp);
    idp.clockBehindSeconds = 2 * 60 * 60;
    try {
      await expectRefused(browser, callback, 'token_invalid');
    } finally {
      idp.clockBehindSeconds = 0;
    }
    expect(lastRefusal().detail).toBe('OAUTH_JWT_TIMESTAMP_CHECK_FAILED');
  });

  it('refuses people the municipality does not know, even when another municipality does', async () => {
    for (const email of ['nobody@testvik.test', emails.ola]) {
      secrets.push(email);
      const browser = new TestBrowser();
      idp.nextLogin = { email };
      await expectRefused(browser, await loginAtProvider(browser, ids.withIdp), 'unknown_person');
    }
  });

  it('refuses an email address the provider has not verified', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { email: emails.kari, emailVerified: false };
    await expectRefused(browser, await loginAtProvider(browser, ids.withIdp), 'unknown_person');
    expect(lastRefusal().detail).toMatch(/not verified/);
  });

  it('goes back to the login page when the provider says no', async () => {
    const browser = new TestBrowser();
    idp.nextLogin = { error: 'access_denied' };
    await expectRefused(browser, await loginAtProvider(browser, ids.withIdp), 'provider_error');
    expect(lastRefusal().detail).toBe('the provider answered access_denied');
  });

  it('cannot start without a provider, or without its secret, and names the variable to set', async () => {
    const withoutIdp = await fetch(`${tidligUrl}/api/auth/oidc/${ids.withoutIdp}/start`, { redirect: 'manual' });
    expect(withoutIdp.headers.get('location')).toBe('/login?error=unknown_provider');
    const missingSecret = await fetch(`${tidligUrl}/api/auth/oidc/${ids.missingSecret}/start`, { redirect: 'manual' });
    expect(missingSecret.headers.get('location')).toBe('/login?error=provider_error');
    expect(lastRefusal().detail).toMatch(/set the environment variable TIDLIG_TEST_UNSET_SECRET/);
    expect(await db().selectFrom('login_attempt').where('municipality_id', '=', ids.missingSecret).execute()).toEqual(
      [],
    );
  });

  it('behind a proxy, uses the public URL for the redirect URI and secure cookies', async () => {
    const proxied = await buildTidlig(db(), log, 'https://tidlig.testvik.no');
    try {
      const start = await proxied.inject({ url: `/api/auth/oidc/${ids.withIdp}/start` });
      const authorization = new URL(start.headers.location as string);
      expect(authorization.searchParams.get('redirect_uri')).toBe('https://tidlig.testvik.no/api/auth/oidc/callback');
      expect(String(start.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('limits how often a login can be started', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21 && !statuses.includes(429); i += 1) {
      statuses.push((await fetch(`${tidligUrl}/api/auth/oidc/${ids.withoutIdp}/start`, { redirect: 'manual' })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('logs why a login was refused, and nothing about who tried', () => {
    expect(log.some((line) => line.includes('"reason":"token_invalid"'))).toBe(true);
    for (const secret of secrets.filter(Boolean)) {
      for (const line of log) expect(line).not.toContain(secret);
    }
  });
});

async function buildTidlig(db: Db, log: string[], publicUrl?: string): Promise<FastifyInstance> {
  // At 'warn' Fastify's own request lines (info, with the raw URL and so the code) stay out;
  // what is left is what the OIDC routes log.
  const app = Fastify({
    logger: { level: 'warn', stream: { write: (line: string) => void log.push(line) } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(authPlugin, { db });
  await app.register(oidcRoutes({ db, publicUrl }));
  return app;
}
