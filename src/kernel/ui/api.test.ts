import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiRequestError, errorMessageKey, getJson } from './api.ts';

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
  it('has a text for the codes the server sends', () => {
    for (const code of ['not_found', 'validation_failed', 'bad_request', 'unauthenticated', 'forbidden', 'internal']) {
      expect(errorMessageKey(code)).toBe(`errors.${code}`);
    }
  });

  it('falls back to the general text for an unknown code, and never to a non-error key', () => {
    expect(errorMessageKey('teapot')).toBe('errors.unknown');
    expect(errorMessageKey('title')).toBe('errors.unknown');
  });
});
