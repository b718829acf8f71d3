import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { sealerLags } from '../audit/seal.ts';
import { migrationFiles } from '../db/migrate.ts';
import type { AppContext } from './context.ts';
import { healthSchema, readinessSchema } from './error-schema.ts';

/** Liveness with a real round trip to the database, for load balancers and operators. */
export function healthRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const known = migrationFiles();
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['operations'], summary: 'Is the server and its database up', response: { 200: healthSchema } } },
      async () => {
        await sql`select 1`.execute(ctx.db);
        return { status: 'ok' as const, database: ctx.engine, version: ctx.version };
      },
    );
    app.get(
      '/api/health/ready',
      {
        schema: {
          tags: ['operations'],
          summary: 'Should a load balancer send requests here: 503 while the database is unreachable, lacks a migration, or its audit sealer lags',
          response: { 200: readinessSchema, 503: readinessSchema },
        },
      },
      async (_request, reply) => {
        const ready = await isReady(ctx, known);
        return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready' });
      },
    );
  };
}

/** Says only yes or no: which migration is missing, or why the database failed, is for the operator's tools. */
async function isReady(ctx: AppContext, known: readonly string[]): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from schema_migration`.execute(ctx.db);
    const applied = new Set(rows.map((row) => row.name));
    return known.every((name) => applied.has(name)) && !(await sealerLags(ctx.db));
  } catch {
    return false;
  }
}
