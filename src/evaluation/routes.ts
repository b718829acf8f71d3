/** HTTP handlers of the evaluation: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { evaluationRequestSchema, evaluationSchema, municipalityParamsSchema } from './schema.ts';
import { evaluate } from './service.ts';

const tags = ['evaluation'];

export function evaluationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // POST, as the pilot is a list of units with dates; it reads and changes nothing.
    app.post(
      '/api/municipalities/:id/evaluation',
      {
        schema: {
          tags,
          summary: "A pilot's effect on an outcome: the estimate, the two groups' lines and the municipality's rate (aggregates only)",
          params: municipalityParamsSchema,
          body: evaluationRequestSchema,
          response: { 200: evaluationSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => evaluate(ctx.db, requireActor(request), request.params.id, request.body),
    );
  };
}
