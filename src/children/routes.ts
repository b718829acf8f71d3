/** HTTP handlers for child records and registers: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import {
  childParamsSchema,
  childRecordSchema,
  emergencyGrantSchema,
  emergencyRequestSchema,
  lookupRequestSchema,
  lookupResultSchema,
  registerSchema,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['children'];

export function childrenRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/children/:id',
      {
        schema: {
          tags,
          summary: "A child's record: identity, units, guardians, contact person",
          params: childParamsSchema,
          response: { 200: childRecordSchema, 404: errorSchema },
        },
      },
      (request) => service.readChild(ctx.db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/units/:id/register',
      {
        schema: {
          tags,
          summary: "The children in a unit's register",
          params: childParamsSchema,
          response: { 200: registerSchema, 404: errorSchema },
        },
      },
      (request) => service.readRegister(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/children/lookup',
      {
        schema: {
          tags,
          summary: 'Find a child by identity number (in the body, never the URL)',
          body: lookupRequestSchema,
          response: { 200: lookupResultSchema, 404: errorSchema },
        },
      },
      (request) => service.lookupChild(ctx.db, requireActor(request), request.body.nationalId),
    );

    app.post(
      '/api/children/:id/emergency-access',
      {
        schema: {
          tags,
          summary: 'Break the glass: open a record outside your scope, with a reason',
          params: childParamsSchema,
          body: emergencyRequestSchema,
          response: { 201: emergencyGrantSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const grant = await service.openEmergencyAccess(ctx.db, requireActor(request), request.params.id, request.body.reason);
        return reply.status(201).send(grant);
      },
    );
  };
}
