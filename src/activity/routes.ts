/** Thin HTTP handlers of the activity log: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import {
  activityErrorSchema,
  activitySchema,
  activitySumsSchema,
  deleteActivitySchema,
  editActivitySchema,
  idParamsSchema,
  myActivitiesSchema,
  newActivitySchema,
  sumsQuerySchema,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['activity'];

export function activityRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/activities',
      {
        schema: {
          tags,
          summary: 'Log an activity at a unit the network contact serves (a retry with the same idempotency key returns the same entry); the note is checked by the anonymity guard',
          body: newActivitySchema,
          response: { 200: activitySchema, 201: activitySchema, 400: activityErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { activity, created } = await service.logActivity(ctx.db, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(activity);
      },
    );

    app.get(
      '/api/activities/mine',
      { schema: { tags, summary: 'My activity log, newest first, and the units I may log at', response: { 200: myActivitiesSchema } } },
      (request) => service.listMyActivities(ctx.db, requireActor(request)),
    );

    app.put(
      '/api/activities/:id',
      {
        schema: {
          tags,
          summary: 'Edit my entry (optimistic locking by version)',
          params: idParamsSchema,
          body: editActivitySchema,
          response: { 200: activitySchema, 400: activityErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.editActivity(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/activities/:id',
      {
        schema: {
          tags,
          summary: 'Delete my entry (optimistic locking by version)',
          params: idParamsSchema,
          body: deleteActivitySchema,
          response: { 204: z.null(), 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        await service.deleteActivity(ctx.db, requireActor(request), request.params.id, request.body.version);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/municipalities/:id/activity-sums',
      {
        schema: {
          tags,
          summary: "The network contacts' minutes and sessions per unit, month and kind; fewer than five sessions hidden",
          params: idParamsSchema,
          querystring: sumsQuerySchema,
          response: { 200: activitySumsSchema, 404: errorSchema },
        },
      },
      (request) => service.readActivitySums(ctx.db, requireActor(request), request.params.id, request.query),
    );
  };
}
