/** Thin HTTP handlers for the organisation overview: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { idParamsSchema, municipalityDetailSchema, municipalityListSchema, unitDetailSchema } from './schema.ts';
import * as service from './service.ts';

const tags = ['organisation'];

export function organisationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisation/municipalities',
      { schema: { tags, summary: 'All municipalities', response: { 200: municipalityListSchema } } },
      (request) => service.listMunicipalities(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/organisation/municipalities/:id',
      {
        schema: {
          tags,
          summary: 'A municipality with districts, units and cooperations',
          params: idParamsSchema,
          response: { 200: municipalityDetailSchema, 404: errorSchema },
        },
      },
      (request) => service.getMunicipality(ctx.db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/organisation/units/:id',
      {
        schema: {
          tags,
          summary: 'A unit with its people and register groups',
          params: idParamsSchema,
          response: { 200: unitDetailSchema, 404: errorSchema },
        },
      },
      (request) => service.getUnit(ctx.db, requireActor(request), request.params.id),
    );
  };
}
