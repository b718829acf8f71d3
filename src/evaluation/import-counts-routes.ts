/** HTTP handler of the counts import: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { importCounts } from './import-counts.ts';
import { countsImportReportSchema, countsUploadSchema } from './import-counts-schema.ts';
import { municipalityParamsSchema } from './schema.ts';

export function importCountsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/municipalities/:id/evaluation/imported-counts',
      {
        // The CSV travels as text in the JSON body: up to 2,000,000 characters, some of them multi-byte.
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          tags: ['evaluation'],
          summary: 'Import counts from before Tidlig (CSV unit,month,outcome,count): accepted rows land, refused ones are answered with line, reason and column',
          params: municipalityParamsSchema,
          body: countsUploadSchema,
          response: { 200: countsImportReportSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => importCounts(ctx.db, requireActor(request), request.params.id, request.body),
    );
  };
}
