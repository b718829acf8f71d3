/**
 * The session as the web sees it, the demo login, switching the current unit, and logging
 * out (here or everywhere). Logins and logouts are audited.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../http/context.ts';
import { errorSchema } from '../http/error-schema.ts';
import { NotFoundError } from '../errors.ts';
import { auditActorOf } from '../policy/access.ts';
import { isDemoPerson, listDemoPeople } from './demo-people.ts';
import { clearSessionCookie, csrfBinding, requireActor, setSessionCookie } from './plugin.ts';
import { currentUnitSchema, demoLoginSchema, demoPeopleSchema, sessionSchema } from './session-schema.ts';
import { describeUser } from './session-view.ts';
import { createSession, deleteAllSessionsOf, deleteSession, setCurrentUnit } from './sessions.ts';
import { loggedOutEverywhere } from './events.ts';

const tags = ['session'];
const loginRateLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/session',
      { schema: { tags, summary: 'The logged-in person, their current unit and a CSRF token', response: { 200: sessionSchema } } },
      async (request, reply) => ({
        demo: ctx.demo,
        csrfToken: reply.generateCsrf({ userInfo: csrfBinding(request) }),
        user: request.actor ? await describeUser(ctx.db, request.actor) : null,
      }),
    );

    app.put(
      '/api/session/current-unit',
      { schema: { tags, summary: 'Act for another of your units', body: currentUnitSchema, response: { 204: z.null(), 404: errorSchema } } },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!actor.memberships.some((m) => m.unitId === request.body.unitId)) throw new NotFoundError('unit');
        await setCurrentUnit(ctx.db, request.sessionToken!, request.body.unitId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/demo/people',
      { schema: { tags, summary: 'Demo mode only: the people one may log in as', response: { 200: demoPeopleSchema, 404: errorSchema } } },
      async () => {
        if (!ctx.demo) throw new NotFoundError('demo');
        return { people: await listDemoPeople(ctx.db) };
      },
    );

    app.post(
      '/api/auth/demo/login',
      {
        config: loginRateLimit,
        schema: { tags, summary: 'Demo mode only: log in as a demo person', body: demoLoginSchema, response: { 204: z.null(), 404: errorSchema } },
      },
      async (request, reply) => {
        if (!ctx.demo || !(await isDemoPerson(ctx.db, request.body.staffId))) throw new NotFoundError('demo person');
        const token = await ctx.db.transaction().execute(async (trx) => {
          // A second login in the same browser ends the first, as the OIDC login does.
          if (request.sessionToken) await deleteSession(trx, request.sessionToken);
          const created = await createSession(trx, request.body.staffId, 'demo');
          await recordAudit(trx, { actor: null, action: 'login', resourceType: 'staff', resourceId: request.body.staffId, outcome: 'allowed', purpose: 'demo login' });
          return created;
        });
        setSessionCookie(request, reply, token);
        return reply.status(204).send(null);
      },
    );

    app.post('/api/auth/logout', { schema: { tags, summary: 'Log out here', response: { 204: z.null() } } }, async (request, reply) => {
      const actor = requireActor(request);
      await ctx.db.transaction().execute(async (trx) => {
        await deleteSession(trx, request.sessionToken!);
        await recordAudit(trx, { actor: auditActorOf(actor), action: 'logout', resourceType: 'staff', resourceId: actor.staffId, outcome: 'allowed' });
      });
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    });

    app.post(
      '/api/auth/logout-everywhere',
      { schema: { tags, summary: 'End every session of yours, on every device', response: { 204: z.null() } } },
      async (request, reply) => {
        const actor = requireActor(request);
        await ctx.db.transaction().execute(async (trx) => {
          await deleteAllSessionsOf(trx, actor.staffId);
          await loggedOutEverywhere.publish(trx, { staffId: actor.staffId });
          await recordAudit(trx, {
            actor: auditActorOf(actor),
            action: 'logout',
            resourceType: 'staff',
            resourceId: actor.staffId,
            outcome: 'allowed',
            purpose: 'logout everywhere',
          });
        });
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );
  };
}
