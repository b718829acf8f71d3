/** The thin HTTP handler for a child's chronology: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { chronologySchema, idParamsSchema } from './schema.ts';
import * as service from './service.ts';

// Tagged as before the chronology had a folder of its own, so the API's documentation reads the same.
const tags = ['consultations'];

export function chronologyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/children/:id/chronology',
      { schema: { tags, summary: "A child's chronology (consultations, consents, concern reports, pupil talks), as the reader's role may see it", params: idParamsSchema, response: { 200: chronologySchema, 404: errorSchema } } },
      (request) => service.readChronology(ctx.db, requireActor(request), request.params.id),
    );
  };
}
