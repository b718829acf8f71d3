/**
 * The browser's side of logging in through a municipality's identity provider: which
 * municipalities offer it, the redirect out to the provider, and the callback that starts
 * a session. Failures go back to the login page with a reason code, never with details.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Db } from '../../db/database.ts';
import { cleanText, id } from '../../validation/primitives.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../plugin.ts';
import { providerListSchema } from '../session-schema.ts';
import { createSession, deleteSession } from '../sessions.ts';
import { ATTEMPT_TTL_MS, finishOidcLogin, startOidcLogin } from './login.ts';
import { LoginRefusedError } from './login-refused-error.ts';
import { listProviderMunicipalities } from './provider-config.ts';

/** The path municipal IT registers at their provider as redirect URI (behind the public URL). */
export const CALLBACK_PATH = '/api/auth/oidc/callback';
/** Binds a started login to the browser that started it (see finishOidcLogin). */
export const STATE_COOKIE = 'tidlig_oidc_state';

export interface OidcRoutesContext {
  db: Db;
  /** The external base URL (https://tidlig.kommune.no); by default the request's protocol and host. */
  publicUrl?: string;
}

const tags = ['auth'];
// Each login costs a database write and a round trip to the provider; 20 a minute is plenty for a person.
const loginRateLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

const startParamsSchema = z.object({ municipalityId: id() });
// Providers add parameters of their own (session_state, …); openid-client reads the raw query.
const callbackQuerySchema = z.looseObject({
  code: cleanText(2000).optional(),
  state: cleanText(2000).optional(),
  iss: cleanText(2000).optional(),
  error: cleanText(2000).optional(),
});

/** Registers GET /api/auth/oidc/providers, /:municipalityId/start and /callback. */
export function oidcRoutes(ctx: OidcRoutesContext): FastifyPluginAsyncZod {
  const base = ctx.publicUrl === undefined ? undefined : new URL(ctx.publicUrl);
  // Behind a TLS-terminating proxy the request itself may look like http; the public URL knows better.
  const secure = base ? base.protocol === 'https:' : 'auto';
  // Lax: sent along on the provider's top-level redirect back; only the callback needs it.
  const stateCookie = { httpOnly: true, sameSite: 'lax', secure, path: CALLBACK_PATH } as const;
  const redirectUriFor = (request: FastifyRequest) =>
    new URL(CALLBACK_PATH, base ?? `${request.protocol}://${request.host}`).href;

  return async (app) => {
    app.get(
      '/api/auth/oidc/providers',
      {
        schema: {
          tags,
          summary: 'Municipalities whose staff log in through their own identity provider',
          response: { 200: providerListSchema },
        },
      },
      async () => ({ providers: await listProviderMunicipalities(ctx.db) }),
    );

    app.get(
      '/api/auth/oidc/:municipalityId/start',
      {
        config: loginRateLimit,
        schema: { tags, summary: "Redirects to the municipality's identity provider", params: startParamsSchema },
      },
      async (request, reply) => {
        try {
          const started = await startOidcLogin(ctx.db, request.params.municipalityId, redirectUriFor(request));
          reply.setCookie(STATE_COOKIE, started.state, { ...stateCookie, maxAge: ATTEMPT_TTL_MS / 1000 });
          return reply.redirect(started.authorizationUrl.href, 302);
        } catch (error) {
          return backToLogin(ctx.db, request, reply, error);
        }
      },
    );

    app.get(
      CALLBACK_PATH,
      {
        config: loginRateLimit,
        schema: { tags, summary: 'Where the identity provider sends the browser back', querystring: callbackQuerySchema },
      },
      async (request, reply) => {
        const browserState = request.cookies[STATE_COOKIE];
        reply.clearCookie(STATE_COOKIE, stateCookie);
        try {
          const redirectUri = redirectUriFor(request);
          const { staffId } = await finishOidcLogin(ctx.db, {
            currentUrl: new URL(request.url, redirectUri),
            redirectUri,
            browserState,
          });
          const token = await ctx.db.transaction().execute(async (trx) => {
            // Whoever was logged in on this browser before is logged out, not left alongside.
            if (request.sessionToken) await deleteSession(trx, request.sessionToken);
            const created = await createSession(trx, staffId, 'oidc');
            await recordAudit(trx, { actor: null, action: 'login', resourceType: 'staff', resourceId: staffId, outcome: 'allowed', purpose: 'oidc login' });
            return created;
          });
          reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
          // A new session, a new CSRF secret (see setSessionCookie).
          reply.clearCookie(CSRF_COOKIE, { path: '/' });
          return reply.redirect('/', 302);
        } catch (error) {
          return backToLogin(ctx.db, request, reply, error);
        }
      },
    );
  };
}

/**
 * A refused login goes back to the login page with its reason code, and the audit log keeps
 * the refusal (no person is known yet, so no actor); anything else is a 500.
 */
async function backToLogin(db: Db, request: FastifyRequest, reply: FastifyReply, error: unknown) {
  if (!(error instanceof LoginRefusedError)) throw error;
  request.log.warn({ reason: error.reason, detail: error.detail }, 'login through an identity provider was refused');
  await db.transaction().execute((trx) =>
    recordAudit(trx, { actor: null, action: 'login_failed', resourceType: 'staff', outcome: 'failed', purpose: error.reason }),
  );
  return reply.redirect(`/login?error=${error.reason}`, 302);
}
