/** Thin HTTP handlers of the call log and the handover: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { z } from 'zod';
import { readStatement, saveCost } from './cost-service.ts';
import { callListSchema, callSchema, dayQuerySchema, handoverSchema, idParamsSchema, linkChildSchema, newCallSchema, overviewQuerySchema, overviewSchema, saveCostSchema, statementPdfQuerySchema, statementQuerySchema, statementSchema, takeOverSchema } from './schema.ts';
import { renderStatementPdf } from './statement-pdf.ts';
import * as service from './service.ts';

const tags = ['on-call'];

export function onCallRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/units/:id/on-call/calls',
      {
        schema: {
          tags,
          summary: 'Log a call or visit outside office hours (a retry with the same idempotency key returns the same call)',
          params: idParamsSchema,
          body: newCallSchema,
          response: { 200: callSchema, 201: callSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { call, created } = await service.logCall(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(call);
      },
    );

    app.get(
      '/api/units/:id/on-call/calls',
      {
        schema: {
          tags,
          summary: "An on-call unit's calls of one on-call day (08:00 to the next morning's 08:00)",
          params: idParamsSchema,
          querystring: dayQuerySchema,
          response: { 200: callListSchema, 404: errorSchema },
        },
      },
      (request) => service.listCalls(ctx.db, requireActor(request), request.params.id, request.query.date),
    );

    app.get(
      '/api/on-call/calls/:id',
      { schema: { tags, summary: 'One call', params: idParamsSchema, response: { 200: callSchema, 404: errorSchema } } },
      (request) => service.readCall(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/on-call/calls/:id/child',
      {
        schema: {
          tags,
          summary: 'Link the child the call is about, by identity number in the body (optimistic locking by version)',
          params: idParamsSchema,
          body: linkChildSchema,
          response: { 200: callSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.linkChild(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/units/:id/on-call/overview',
      {
        schema: {
          tags,
          summary: "An on-call unit's figures over a period: calls by time of day and weekday, emergency placements, each worker's load (aggregates, counts under 5 hidden)",
          params: idParamsSchema,
          querystring: overviewQuerySchema,
          response: { 200: overviewSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => service.readOverview(ctx.db, requireActor(request), request.params.id, request.query),
    );

    app.get(
      '/api/units/:id/on-call/statement',
      {
        schema: {
          tags,
          summary: "An on-call service's cost statement for a month: the key, each municipality's population, calls and minutes, and its share in øre",
          params: idParamsSchema,
          querystring: statementQuerySchema,
          response: { 200: statementSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => readStatement(ctx.db, requireActor(request), request.params.id, request.query.month),
    );

    app.put(
      '/api/units/:id/on-call/statement',
      {
        schema: {
          tags,
          summary: "Sets a month's cost, key and populations (optimistic locking by version; saving what is stored changes nothing)",
          params: idParamsSchema,
          body: saveCostSchema,
          response: { 200: statementSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => saveCost(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/units/:id/on-call/statement/pdf',
      {
        schema: {
          tags,
          summary: 'The same cost statement as a PDF in the given language',
          params: idParamsSchema,
          querystring: statementPdfQuerySchema,
          response: { 200: z.instanceof(Buffer).describe('application/pdf'), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const statement = await readStatement(ctx.db, requireActor(request), request.params.id, request.query.month);
        const pdf = await renderStatementPdf(statement, request.query.locale);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="on-call-statement-${statement.month}.pdf"`)
          .send(pdf);
      },
    );

    app.get(
      '/api/units/:id/on-call/handover',
      {
        schema: {
          tags,
          summary: "The handover to the intake of the unit's municipality of one working morning, with earlier calls not yet taken over",
          params: idParamsSchema,
          querystring: dayQuerySchema,
          response: { 200: handoverSchema, 404: errorSchema },
        },
      },
      (request) => service.readHandover(ctx.db, requireActor(request), request.params.id, request.query.date),
    );

    app.post(
      '/api/on-call/calls/:id/take-over',
      {
        schema: {
          tags,
          summary: 'Intake takes a call over (optimistic locking by version)',
          params: idParamsSchema,
          body: takeOverSchema,
          response: { 200: callSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.takeOver(ctx.db, requireActor(request), request.params.id, request.body.version),
    );
  };
}
