/** The personal calendar feed: create or replace its secret URL, revoke it, and read it (public, by token). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import { NotFoundError } from '../kernel/errors.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { cleanText } from '../kernel/validation/primitives.ts';
import { calendarFeedSchema, calendarFeedStatusSchema } from './schema.ts';
import * as service from './service.ts';

const tags = ['calendar'];

export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/calendar-feed',
      {
        schema: {
          tags,
          summary: 'Create (or replace) my secret calendar feed URL; it is shown only this once',
          response: { 201: calendarFeedSchema },
        },
      },
      async (request, reply) => {
        const path = await service.createFeed(ctx.db, requireActor(request));
        return reply.status(201).send({ url: ctx.publicUrl ? new URL(path, ctx.publicUrl).toString() : path });
      },
    );

    app.get(
      '/api/calendar-feed',
      { schema: { tags, summary: 'Whether I have a calendar feed, and when its URL was made', response: { 200: calendarFeedStatusSchema } } },
      (request) => service.feedStatus(ctx.db, requireActor(request)),
    );

    app.delete(
      '/api/calendar-feed',
      { schema: { tags, summary: 'Revoke my calendar feed URL', response: { 204: z.null() } } },
      async (request, reply) => {
        await service.revokeFeed(ctx.db, requireActor(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/calendar/:token',
      {
        schema: {
          tags,
          summary: "A person's calendar feed (iCalendar), by its secret token; 404 when unknown or revoked",
          params: z.object({ token: cleanText(120) }),
          response: { 404: errorSchema },
        },
      },
      async (request, reply) => {
        const text = await service.readFeed(ctx.db, request.params.token);
        if (text === undefined) throw new NotFoundError('calendar_feed');
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('referrer-policy', 'no-referrer')
          // No 200 schema: the body is iCalendar text, sent as is.
          .send(text as never);
      },
    );
  };
}
