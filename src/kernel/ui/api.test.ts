import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { commonNb } from './messages/nb.ts';
import { ApiRequestError, errorMessageKey, getJson, onUnauthenticated, rememberCsrfToken, sendJson } from './api.ts';

const schema = z.object({ name: z.string() });

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

async function failureCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return error.code;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getJson', () => {
  it('returns the parsed body when it has the promised shape', async () => {
    answer(200, { name: 'Elvestad' });
    await expect(getJson('/api/x', schema)).resolves.toEqual({ name: 'Elvestad' });
  });

  it('gives the server’s own code for an error answer', async () => {
    answer(404, { code: 'not_found', message: 'Not found.' });
    expect(await failureCode(getJson('/api/x', schema))).toBe('not_found');
  });

  it('derives a code from the status when the error answer has no error shape', async () => {
    answer(503, '<html>bad gateway</html>');
    expect(await failureCode(getJson('/api/x', schema))).toBe('unavailable');
    answer(401, null);
    expect(await failureCode(getJson('/api/x', schema))).toBe('unauthenticated');
  });

  it('calls an answer of the wrong shape invalid_response, not success', async () => {
    answer(200, { name: 42 });
    expect(await failureCode(getJson('/api/x', schema))).toBe('invalid_response');
  });

  it('calls a failed connection network', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await failureCode(getJson('/api/x', schema))).toBe('network');
  });
});

describe('errorMessageKey', () => {
  // It asks i18next which codes have a text, as the running app does once its texts are loaded.
  beforeAll(async () => {
    await i18next.init({ resources: { nb: { common: commonNb } }, lng: 'nb', ns: ['common'], defaultNS: 'common' });
  });

  it('has a text for the codes the server sends', () => {
    for (const code of ['not_found', 'validation_failed', 'bad_request', 'unauthenticated', 'forbidden', 'internal']) {
      expect(errorMessageKey(code)).toBe(`errors.${code}`);
    }
  });

  it('falls back to the general text for an unknown code, and never to a non-error key', () => {
    expect(errorMessageKey('teapot')).toBe('errors.unknown');
    expect(errorMessageKey('text_not_allowed')).toBe('inputIssue.text_not_allowed');
    expect(errorMessageKey('range_too_long')).toBe('inputIssue.range_too_long');
    expect(errorMessageKey('title')).toBe('errors.unknown');
  });
});

describe('sendJson', () => {
  type Call = { path: string; method: string; token: string | null; body: unknown };
  /** Answers each request in turn from `answers`, and records what was sent. */
  function server(answers: [number, unknown][]): Call[] {
    const calls: Call[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        calls.push({
          path,
          method: init.method ?? 'GET',
          token: headers.get('x-csrf-token'),
          body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        });
        const [status, body] = answers.shift() ?? [500, null];
        return new Response(status === 204 ? null : JSON.stringify(body), { status });
      }),
    );
    return calls;
  }
  const session = (csrfToken: string) => ({ demo: true, csrfToken, user: null });

  it('sends the CSRF token and the body as JSON, and takes 204 as success', async () => {
    rememberCsrfToken('token-1');
    const calls = server([[204, null]]);
    await expect(sendJson('POST', '/api/x', { staffId: 'a' })).resolves.toBeUndefined();
    expect(calls).toEqual([{ path: '/api/x', method: 'POST', token: 'token-1', body: { staffId: 'a' } }]);
  });

  it('checks an answer against the schema when given one', async () => {
    rememberCsrfToken('token-1');
    server([[201, { name: 'Elvestad' }]]);
    await expect(sendJson('POST', '/api/x', {}, schema)).resolves.toEqual({ name: 'Elvestad' });
    server([[201, { name: 1 }]]);
    expect(await failureCode(sendJson('POST', '/api/x', {}, schema))).toBe('invalid_response');
  });

  it('renews a token the server refused, once, and sends again', async () => {
    rememberCsrfToken('stale');
    const calls = server([
      [403, { code: 'csrf_failed', message: 'x' }],
      [200, session('fresh')],
      [204, null],
    ]);
    await sendJson('PUT', '/api/x', { unitId: 'u' });
    expect(calls.map((call) => `${call.method} ${call.path} ${call.token ?? ''}`.trim())).toEqual([
      'PUT /api/x stale',
      'GET /api/session',
      'PUT /api/x fresh',
    ]);
  });

  it('gives up after one renewal, with the server’s code', async () => {
    rememberCsrfToken('stale');
    server([
      [403, { code: 'csrf_failed', message: 'x' }],
      [200, session('fresh')],
      [403, { code: 'csrf_failed', message: 'x' }],
    ]);
    expect(await failureCode(sendJson('POST', '/api/x'))).toBe('csrf_failed');
  });

  it('tells the listeners when the session has ended (401)', async () => {
    rememberCsrfToken('token-1');
    const heard = vi.fn();
    const stop = onUnauthenticated(heard);
    server([[401, { code: 'unauthenticated', message: 'x' }]]);
    expect(await failureCode(sendJson('POST', '/api/x'))).toBe('unauthenticated');
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });
});
