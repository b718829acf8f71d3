import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildAppServer } from './server.ts';

let webDir: string;
beforeAll(() => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidlig-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Tidlig</title>');
});
afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));

describeEachEngine('HTTP server', (use, engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildAppServer({ db: use().db, engine, version: '9.9.9', demo: true }, { webDir });
  });
  afterAll(() => app.close());

  it('reports health with the engine in use and the version', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: engine, version: '9.9.9' });
  });

  it('serves an OpenAPI document naming every API route', async () => {
    const document = (await app.inject('/api/docs')).json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/session',
        '/api/organisation/municipalities',
        '/api/organisation/municipalities/{id}',
        '/api/organisation/units/{id}',
      ]),
    );
  });

  it('refuses a malformed id with a translatable code, without echoing the input', async () => {
    const response = await app.inject('/api/auth/oidc/not-a-uuid-12345/start');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'validation_failed', issues: [{ path: 'params/municipalityId' }] });
    expect(response.body).not.toContain('not-a-uuid-12345');
  });

  it('answers unknown API paths in JSON and every other path with the web app', async () => {
    const api = await app.inject('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ code: 'not_found', message: 'Not found.' });

    const page = await app.inject('/organisation/some-page');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>Tidlig</title>');
  });

  it('tells the web shell nobody is logged in, that this is a demo, and gives a CSRF token', async () => {
    expect((await app.inject('/api/session')).json()).toEqual({ demo: true, csrfToken: expect.any(String), user: null });
  });

  it('asks an anonymous caller to log in before looking at the request', async () => {
    const response = await app.inject('/api/organisation/units/not-a-uuid');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
  });
});
