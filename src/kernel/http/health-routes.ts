import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppContext } from './context.ts';
import { healthSchema } from './error-schema.ts';

/** Liveness with a real round trip to the database, for load balancers and operators. */
export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['operations'], summary: 'Is the server and its database up', response: { 200: healthSchema } } },
      async () => {
        await sql`select 1`.execute(ctx.db);
        return { status: 'ok' as const, database: ctx.engine, version: ctx.version };
      },
    );
  };
}
