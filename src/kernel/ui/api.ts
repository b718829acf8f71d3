import type { z } from 'zod';
import { sessionSchema } from '../auth/session-schema.ts';
import { errorSchema } from '../http/error-schema.ts';
import { isInputIssueCode, type InputIssueCode } from '../validation/issues.ts';
import i18next from 'i18next';
import type { commonNb } from './messages/nb.ts';

/** A failed API call, reduced to the stable code the web translates as `errors.<code>`. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly code: string,
    /** The HTTP status, when the server answered at all. */
    readonly status?: number,
    /** The error body as sent, for the few forms that show its details (e.g. which words identify a child). */
    readonly body?: unknown,
  ) {
    super(`API request failed: ${code}`);
  }
}

export type ErrorCode = keyof Omit<(typeof commonNb)['errors'], 'title' | 'retry'>;

/**
 * The message key for a code; a code we have no text for gets the general one. The codes of
 * bad input (a field's issue in a 400) have their own texts, shared by every form.
 */
export function errorMessageKey(code: string): `errors.${ErrorCode}` | `inputIssue.${InputIssueCode}` {
  if (isInputIssueCode(code)) return `inputIssue.${code}`;
  return isErrorCode(code) ? `errors.${code}` : 'errors.unknown';
}

function isErrorCode(code: string): code is ErrorCode {
  return code !== 'title' && code !== 'retry' && i18next.exists(`errors.${code}`, { ns: 'common' });
}

/** The API's address for the session: who is logged in, and the CSRF token. */
export const SESSION_PATH = '/api/session';

// The token that every state-changing request must carry in `x-csrf-token`. The session
// provider keeps it current; sendJson fetches one itself when none is known yet.
let csrfToken: string | null = null;

/** Remembers the CSRF token from the latest GET /api/session. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

const unauthenticatedListeners = new Set<() => void>();

/**
 * Calls the listener whenever the API answers 401: the session has ended (logged out on
 * another device, expired), and the shell then reloads it and sends the user to log in.
 */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * GETs JSON and checks it against the shared schema, so a page only ever sees data of the
 * shape the server promised. Every failure becomes an ApiRequestError with a code.
 */
export async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
  const response = await send(path, { headers: { accept: 'application/json' } }, signal);
  return readAnswer(response, schema);
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a state-changing request with the CSRF token, as JSON when there is a body. Without
 * a schema the answer's body is ignored (most such answers are 204); with one it is checked
 * like getJson's. A token the server no longer accepts is renewed once and the request sent
 * again, so a long-open page does not fail its first form.
 */
export async function sendJson(method: WriteMethod, path: string, body?: unknown): Promise<void>;
export async function sendJson<S extends z.ZodType>(method: WriteMethod, path: string, body: unknown, schema: S): Promise<z.output<S>>;
export async function sendJson<S extends z.ZodType>(
  method: WriteMethod,
  path: string,
  body?: unknown,
  schema?: S,
): Promise<z.output<S> | void> {
  const response = await sendWithCsrf(method, path, body, 'application/json');
  if (schema) return readAnswer(response, schema);
  if (!response.ok) throw await failure(response);
}

/** A write whose answer is a file (a PDF made from the request), sent as sendJson sends. */
export async function sendForFile(method: WriteMethod, path: string, body: unknown, accept: string): Promise<Blob> {
  const response = await sendWithCsrf(method, path, body, accept);
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** Sends with the CSRF token, fetching a fresh one once when the server has dropped it. */
async function sendWithCsrf(method: WriteMethod, path: string, body: unknown, accept: string): Promise<Response> {
  const attempt = async (token: string) =>
    send(path, {
      method,
      headers: {
        accept,
        'x-csrf-token': token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  let response = await attempt(csrfToken ?? (await freshCsrfToken()));
  if (response.status === 403 && (await errorCodeIn(response.clone())) === 'csrf_failed') {
    response = await attempt(await freshCsrfToken());
  }
  return response;
}

async function freshCsrfToken(): Promise<string> {
  const session = await getJson(SESSION_PATH, sessionSchema);
  rememberCsrfToken(session.csrfToken);
  return session.csrfToken;
}

async function send(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin', signal });
  } catch (error) {
    // An abort is the caller's own doing and must stay an abort; anything else is the network.
    if (signal?.aborted) throw error;
    throw new ApiRequestError('network');
  }
}

async function readAnswer<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  if (!response.ok) throw await failure(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) throw new ApiRequestError('invalid_response', response.status);
  return parsed.data;
}

async function failure(response: Response): Promise<ApiRequestError> {
  const body = await readJson(response);
  if (response.status === 401) for (const listener of unauthenticatedListeners) listener();
  return new ApiRequestError(errorCodeOf(response.status, body), response.status, body);
}

async function errorCodeIn(response: Response): Promise<string> {
  return errorCodeOf(response.status, await readJson(response));
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
