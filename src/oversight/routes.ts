/** HTTP handlers for the leader's oversight pages. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { accessReportSchema, csvQuerySchema, emergencyReviewListSchema, idParamsSchema, reviewRequestSchema } from './schema.ts';
import * as service from './service.ts';

const tags = ['oversight'];

export function oversightRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/oversight/emergency-access',
      { schema: { tags, summary: 'Emergency accesses to review', response: { 200: emergencyReviewListSchema } } },
      (request) => service.listEmergencyReviews(ctx.db, requireActor(request)),
    );

    app.post(
      '/api/oversight/emergency-access/:id/review',
      {
        schema: {
          tags,
          summary: 'Mark an emergency access as reviewed',
          params: idParamsSchema,
          body: reviewRequestSchema,
          response: { 204: z.null(), 404: errorSchema },
        },
      },
      async (request, reply) => {
        await service.reviewEmergency(ctx.db, requireActor(request), request.params.id, request.body.note);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/oversight/access-report/children/:id',
      {
        schema: {
          tags,
          summary: "Who accessed a child's record (GDPR art. 15)",
          params: idParamsSchema,
          response: { 200: accessReportSchema, 404: errorSchema },
        },
      },
      (request) => service.accessReport(ctx.db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/oversight/access-report/children/:id/csv',
      {
        schema: { tags, summary: 'The access report as CSV, headed in the given language', params: idParamsSchema, querystring: csvQuerySchema },
      },
      async (request, reply) => {
        const { csv, date } = await service.accessReportCsv(ctx.db, requireActor(request), request.params.id, request.query.lang);
        // The day of the report tells one download from the next; the child's name stays out of it.
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="access-report-${date}.csv"`)
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );
  };
}
