import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { sessionSchema } from './session-schema.ts';

/**
 * Who the web shell should show as logged in. Login arrives with the identity issue;
 * until then nobody is, and the answer says so together with whether this is a demo.
 */
export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/session',
      { schema: { tags: ['session'], summary: 'The logged-in person and their current unit', response: { 200: sessionSchema } } },
      () => ({ demo: ctx.demo, user: null }),
    );
  };
}
