/** Thin HTTP handlers for concern reports: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { createDraftFromConsultation } from './from-consultation.ts';
import * as intake from './intake-service.ts';
import {
  concludeRequestSchema,
  countsQuerySchema,
  countsSchema,
  createDraftRequestSchema,
  deadlineViewSchema,
  decideRequestSchema,
  draftSchema,
  draftTemplateSchema,
  fromConsultationRequestSchema,
  extendRequestSchema,
  guidanceSchema,
  idParamsSchema,
  intakeQueueSchema,
  intakeReportSchema,
  myReportsSchema,
  problemsErrorSchema,
  saveDraftRequestSchema,
  serviceNumbersSchema,
  submitRequestSchema,
} from './schema.ts';
import { readServiceNumbers, saveServiceNumbers } from './service-numbers.ts';
import * as service from './service.ts';

const tags = ['concern-reports'];

export function concernReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/concern-reports/guidance',
      { schema: { tags, summary: "The duty to report in the caller's country, and whom to call when it is acute", response: { 200: guidanceSchema } } },
      (request) => service.guidance(ctx.db, requireActor(request)),
    );

    app.post(
      '/api/concern-reports/drafts',
      {
        schema: {
          tags,
          summary: 'Start a report (a retry with the same idempotency key returns the same draft)',
          body: createDraftRequestSchema,
          response: { 200: draftSchema, 201: draftSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { draft, created } = await service.createDraft(ctx.db, requireActor(request), request.body.idempotencyKey, request.body.content);
        return reply.status(created ? 201 : 200).send(draft);
      },
    );

    app.get(
      '/api/concern-reports/drafts/template',
      { schema: { tags, summary: 'The form of a report not yet started (nothing is stored until the first input)', response: { 200: draftTemplateSchema, 404: errorSchema } } },
      (request) => service.draftTemplate(ctx.db, requireActor(request)),
    );

    app.delete(
      '/api/concern-reports/drafts/:id',
      { schema: { tags, summary: 'Delete my draft (a sent report cannot be deleted)', params: idParamsSchema, response: { 204: z.null(), 404: errorSchema } } },
      async (request, reply) => {
        await service.deleteDraft(ctx.db, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/concern-reports/service-numbers',
      { schema: { tags, summary: "The municipality's own numbers for acute situations", response: { 200: serviceNumbersSchema, 404: errorSchema } } },
      (request) => readServiceNumbers(ctx.db, requireActor(request)),
    );

    app.put(
      '/api/concern-reports/service-numbers',
      {
        schema: {
          tags,
          summary: "Set the municipality's child welfare and on-call numbers (null: none of its own)",
          body: serviceNumbersSchema,
          response: { 200: serviceNumbersSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => saveServiceNumbers(ctx.db, requireActor(request), request.body),
    );

    app.post(
      '/api/consultations/:id/concern-report',
      {
        schema: {
          tags,
          summary: 'Start a report from a consultation, carrying over the ticked items (a retry with the same idempotency key returns the same draft)',
          params: idParamsSchema,
          body: fromConsultationRequestSchema,
          response: { 200: draftSchema, 201: draftSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { draft, created } = await createDraftFromConsultation(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(draft);
      },
    );

    app.get(
      '/api/concern-reports/mine',
      { schema: { tags, summary: 'My drafts and sent reports, with feedback', response: { 200: myReportsSchema } } },
      (request) => service.listMyReports(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/concern-reports/drafts/:id',
      { schema: { tags, summary: 'One of my reports with its completeness check', params: idParamsSchema, response: { 200: draftSchema, 404: errorSchema } } },
      (request) => service.readOwnReport(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/concern-reports/drafts/:id',
      {
        schema: {
          tags,
          summary: 'Save my draft (the version read; 409 when it changed elsewhere)',
          params: idParamsSchema,
          body: saveDraftRequestSchema,
          response: { 200: draftSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.saveDraft(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/concern-reports/drafts/:id/submit',
      {
        schema: {
          tags,
          summary: 'Send my report to child welfare (a retry with the same idempotency key sends nothing twice)',
          params: idParamsSchema,
          body: submitRequestSchema,
          response: { 200: draftSchema, 201: draftSchema, 400: problemsErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { draft, created } = await service.submitReport(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(draft);
      },
    );

    app.get(
      '/api/concern-reports/drafts/:id/pdf',
      {
        schema: {
          tags,
          summary: 'My sent report as a PDF in the language I sent it in',
          params: idParamsSchema,
          response: { 200: z.instanceof(Buffer).describe('application/pdf'), 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const pdf = await service.ownReportPdf(ctx.db, requireActor(request), request.params.id);
        return reply.type('application/pdf').header('content-disposition', 'attachment; filename="concern-report.pdf"').send(pdf);
      },
    );

    app.get(
      '/api/concern-reports/intake',
      { schema: { tags, summary: "The municipality's received reports with their deadlines", response: { 200: intakeQueueSchema, 404: errorSchema } } },
      (request) => intake.intakeQueue(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/concern-reports/deadlines',
      { schema: { tags, summary: 'Deadlines near or past in the municipality', response: { 200: deadlineViewSchema, 404: errorSchema } } },
      (request) => intake.deadlineView(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/concern-reports/counts',
      {
        schema: {
          tags,
          summary: 'Reports received per reporting unit in a period (small counts suppressed)',
          querystring: countsQuerySchema,
          response: { 200: countsSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => intake.countsPerUnit(ctx.db, requireActor(request), request.query.from, request.query.to),
    );

    app.get(
      '/api/concern-reports/:id',
      { schema: { tags, summary: 'A received report, as intake reads it', params: idParamsSchema, response: { 200: intakeReportSchema, 404: errorSchema } } },
      (request) => intake.readReceived(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/concern-reports/:id/decision',
      {
        schema: {
          tags,
          summary: 'Record the decision on a received report, with its reason',
          params: idParamsSchema,
          body: decideRequestSchema,
          response: { 200: intakeReportSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => intake.decide(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/concern-reports/:id/extension',
      {
        schema: {
          tags,
          summary: 'Extend the investigation (Norway: six months in special cases), with the reason',
          params: idParamsSchema,
          body: extendRequestSchema,
          response: { 200: intakeReportSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => intake.extendInvestigation(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/concern-reports/:id/conclusion',
      {
        schema: {
          tags,
          summary: 'Record how the investigation ended (closed or followed up) and when; starts the second feedback clock in Norway',
          params: idParamsSchema,
          body: concludeRequestSchema,
          response: { 200: intakeReportSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => intake.concludeInvestigation(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/concern-reports/:id/fiks-io',
      {
        schema: {
          tags,
          summary: "A Norwegian report as the Fiks IO message body (KS's offentlig.bekymringsmelding.v2)",
          params: idParamsSchema,
          response: { 200: z.record(z.string(), z.unknown()), 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => intake.exportFiks(ctx.db, requireActor(request), request.params.id) as Promise<unknown> as Promise<Record<string, unknown>>,
    );
  };
}
