/** HTTP handlers of the evaluation: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { z } from 'zod';
import { renderEvaluationPdf } from './pdf.ts';
import { listPilots, savePilot } from './pilot-service.ts';
import { evaluationPdfRequestSchema, evaluationRequestSchema, evaluationSchema, municipalityParamsSchema, pilotListSchema, pilotParamsSchema, pilotSchema, savePilotSchema } from './schema.ts';
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

    app.post(
      '/api/municipalities/:id/evaluation/pdf',
      {
        schema: {
          tags,
          summary: 'The same evaluation as a PDF in the given language: the headline, the caveats and the tables, hidden counts written as hidden',
          params: municipalityParamsSchema,
          body: evaluationPdfRequestSchema,
          response: { 200: z.instanceof(Buffer).describe('application/pdf'), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const { locale, ...wanted } = request.body;
        const evaluation = await evaluate(ctx.db, requireActor(request), request.params.id, wanted, 'PDF');
        const pdf = await renderEvaluationPdf(evaluation, wanted.outcome, locale);
        return reply.type('application/pdf').header('content-disposition', 'attachment; filename="evaluation.pdf"').send(pdf);
      },
    );

    app.get(
      '/api/municipalities/:id/evaluation-pilots',
      {
        schema: {
          tags,
          summary: "The municipality's saved pilots: units with their start dates, and the comparison group",
          params: municipalityParamsSchema,
          response: { 200: pilotListSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => listPilots(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/municipalities/:id/evaluation-pilots/:pilotId',
      {
        schema: {
          tags,
          summary: 'Save a pilot whole, with the version read (0 for a new one, whose id the client chooses); saving what is stored changes nothing; 409 when someone saved since',
          params: pilotParamsSchema,
          body: savePilotSchema,
          response: { 200: pilotSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => savePilot(ctx.db, requireActor(request), request.params.id, request.params.pilotId, request.body),
    );
  };
}
