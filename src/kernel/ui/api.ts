import type { z } from 'zod';
import { errorSchema } from '../http/error-schema.ts';
import { commonMessages } from './messages.ts';

/** A failed API call, reduced to the stable code the web translates as `errors.<code>`. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(readonly code: string) {
    super(`API request failed: ${code}`);
  }
}

export type ErrorCode = keyof Omit<(typeof commonMessages)['nb']['errors'], 'title' | 'retry'>;

/** The message key for a code; a code we have no text for gets the general one. */
export function errorMessageKey(code: string): `errors.${ErrorCode}` {
  return isErrorCode(code) ? `errors.${code}` : 'errors.unknown';
}

function isErrorCode(code: string): code is ErrorCode {
  return code !== 'title' && code !== 'retry' && Object.hasOwn(commonMessages.nb.errors, code);
}

/**
 * GETs JSON and checks it against the shared schema, so a page only ever sees data of the
 * shape the server promised. Every failure becomes an ApiRequestError with a code.
 */
export async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  const response = await send(path, signal);
  const body = await readJson(response);
  if (!response.ok) throw new ApiRequestError(errorCodeOf(response.status, body));
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError('invalid_response');
  return parsed.data;
}

async function send(path: string, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch (error) {
    // An abort is the caller's own doing and must stay an abort; anything else is the network.
    if (signal?.aborted) throw error;
    throw new ApiRequestError('network');
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The server's own code when the body has the error shape, else one from the status. */
function errorCodeOf(status: number, body: unknown): string {
  const parsed = errorSchema.safeParse(body);
  if (parsed.success) return parsed.data.code;
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  return 'unknown';
}
