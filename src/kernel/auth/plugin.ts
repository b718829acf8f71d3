/**
 * Who is asking, for every request: reads the session cookie, loads the actor, and holds
 * each route to its entry in the access list before the handler runs. Also sets the
 * security headers, CSRF protection for every state-changing request, and login rate limits.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { holdsPermission } from '../policy/decide.ts';
import { routeAccess, routeKey, type RouteAccess } from '../policy/route-access.ts';
import { recordRouteRefusal } from '../policy/route-refusal.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { findSessionWithActor } from './sessions.ts';

export const SESSION_COOKIE = 'tidlig_session';
export const CSRF_COOKIE = 'tidlig_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

export interface AuthOptions {
  db: Db;
  /** The address users reach Tidlig at, when behind a proxy; else the request's own host. */
  publicUrl?: string | undefined;
}

async function auth(app: FastifyInstance, { db, publicUrl }: AuthOptions) {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = [route.method].flat();
    for (const method of methods) {
      if (method === 'HEAD') continue;
      if (!(routeKey(method, route.url) in routeAccess)) {
        throw new Error(`Route ${method} ${route.url} has no entry in the access list (policy/route-access.ts)`);
      }
    }
    // Every state-changing request comes from Tidlig's own pages and carries the CSRF token,
    // logged in or not (login too).
    if (methods.some((method) => !SAFE_METHODS.has(method))) {
      route.onRequest = [...[route.onRequest ?? []].flat(), refuseCrossSite, app.csrfProtection];
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' },
    getUserInfo: csrfBinding,
    // The token's strength is the secret cookie and the session it is bound to, both unguessable;
    // the library wants a key for hashing the binding into the token, the same on every server.
    csrfOpts: { hmacKey: 'tidlig-csrf-session-binding' },
  });
  // Counted in the database: every server sees the same attempts.
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(db) });

  /**
   * A second line behind the token: a browser says where a request comes from (Origin, and
   * Sec-Fetch-Site in every current browser); a state-changing request from another site is
   * refused even with a valid token. Clients that send neither (scripts, tests) rely on the token.
   */
  async function refuseCrossSite(request: FastifyRequest, reply: FastifyReply) {
    const origin = request.headers.origin;
    const ownOrigin = publicUrl ?? `${request.protocol}://${request.headers.host ?? ''}`;
    if (request.headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && origin !== ownOrigin)) {
      return reply.status(403).send({ code: 'cross_site', message: 'Requests from other sites are refused.' });
    }
  }

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (request) => {
    // Pages and assets are the same for everyone; only the API needs to know who asks.
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSessionWithActor(db, token);
    if (!found) return;
    request.sessionToken = token;
    request.actor = found.actor;
  });

  // Personal data must not linger in shared or browser caches.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  // Before validation, so an anonymous caller learns nothing from how a body is checked.
  app.addHook('preValidation', async (request, reply) => {
    const access = accessOf(request);
    if (access === undefined || access === 'public') return; // pages, assets, public API
    if (!request.actor) return reply.status(401).send({ code: 'unauthenticated', message: 'Log in first.' });
    const needed = access === 'closed' || access === 'authenticated' ? [] : [access].flat();
    if (access === 'closed' || (needed.length > 0 && !needed.some((permission) => holdsPermission(request.actor!, permission)))) {
      await recordRouteRefusal(db, request.actor, request.method, request.routeOptions.url!);
      return reply.status(403).send({ code: 'forbidden', message: 'Your roles do not allow this.' });
    }
  });
}

/** The route's access entry; undefined for pages and assets. Deny by default: an API route without one is closed. */
function accessOf(request: FastifyRequest): RouteAccess | 'closed' | undefined {
  const url = request.routeOptions.url;
  if (!url?.startsWith('/api/')) return undefined;
  return routeAccess[routeKey(request.method === 'HEAD' ? 'GET' : request.method, url)] ?? 'closed';
}

export const authPlugin = fp(auth, { name: 'tidlig-auth' });

const SESSION_COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

/**
 * Sets the session cookie: httpOnly, SameSite=Lax, and Secure whenever the request came over
 * https. The CSRF secret is dropped with every change of session (login, logout), and a token
 * is bound to its session (csrfBinding), so neither a secret planted in the browser nor a token
 * from before a login is any use after it; the web fetches a fresh token.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, { ...SESSION_COOKIE_OPTIONS, secure: request.protocol === 'https' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/**
 * What a CSRF token is bound to: the session it was issued in, or "no session" before login, so
 * that a token is refused in any other session, and one from before a login is refused after it.
 */
export function csrfBinding(request: FastifyRequest): string {
  return request.sessionToken ?? 'no session';
}

/** The logged-in actor of a route that the access list keeps closed to anonymous callers. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route reached without an actor; check its access entry');
  return request.actor;
}
