/**
 * Route tests' requests as the web sends them: a session cookie, and for a state-changing
 * request the CSRF cookie with its token in the header, both from GET /api/session.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../auth/plugin.ts';
import { createSession } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';

/**
 * A CSRF secret cookie and its token (also as the header that carries it), as the web gets them:
 * in the session `sessionToken` names, or without one; a token is good only where it was issued.
 */
export async function csrfFor(app: FastifyInstance, sessionToken?: string) {
  const response = await app.inject({ url: '/api/session', ...(sessionToken ? { cookies: { [SESSION_COOKIE]: sessionToken } } : {}) });
  const cookie = response.cookies.find((c) => c.name === 'tidlig_csrf');
  if (!cookie) throw new Error('no CSRF cookie');
  const token = (response.json() as { csrfToken: string }).csrfToken;
  return { token, cookies: { [cookie.name]: cookie.value }, headers: { 'x-csrf-token': token } };
}

export interface SignedInRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
}

/** Sends `request` in the session `token` names, with a fresh CSRF cookie and token. */
export async function injectInSession(app: FastifyInstance, token: string, request: SignedInRequest): Promise<LightMyRequestResponse> {
  const csrf = await csrfFor(app, token);
  return app.inject({
    method: request.method,
    url: request.url,
    cookies: { [SESSION_COOKIE]: token, ...csrf.cookies },
    headers: { ...csrf.headers, ...request.headers },
    ...(request.payload ? { payload: request.payload } : {}),
  });
}

/** Signs the staff member in (a new session, as the demo login makes one) and sends `request` as them. */
export async function injectAs(app: FastifyInstance, db: Db, staffId: string, request: SignedInRequest): Promise<LightMyRequestResponse> {
  return injectInSession(app, await createSession(db, staffId, 'demo'), request);
}
