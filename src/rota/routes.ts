/** Thin HTTP handlers of the rota: validate, call the service, answer. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { renderRotaPdf } from './pdf.ts';
import {
  editShiftSchema,
  idParamsSchema,
  myShiftsSchema,
  newPlanSchema,
  newSwapSchema,
  pdfQuerySchema,
  planSchema,
  refusalSchema,
  rotaServiceSchema,
  setupSchema,
  shiftParamsSchema,
  staffParamsSchema,
  staffProfileInputSchema,
  swapDecisionSchema,
  swapSchema,
  versionBodySchema,
} from './plan-schema.ts';
import * as service from './service.ts';

const tags = ['rota'];

export function rotaRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // A solve keeps its best rota so far when the server stops.
    app.addHook('onClose', async () => service.stopAllSolves());

    app.get(
      '/api/units/:id/rota',
      { schema: { tags, summary: "A unit's rota: its setup, the staff it plans and its plans (a worker sees the published ones)", params: idParamsSchema, response: { 200: rotaServiceSchema, 404: errorSchema } } },
      (request) => service.readService(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/units/:id/rota/setup',
      {
        schema: {
          tags,
          summary: 'Save the shift templates and rule settings (version 0 sets the service up; optimistic locking)',
          params: idParamsSchema,
          body: setupSchema,
          response: { 200: rotaServiceSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.saveSetup(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.put(
      '/api/units/:id/rota/staff/:staffId',
      {
        schema: {
          tags,
          summary: "Save an on-call worker's rota profile: contract share, experience, when they cannot work, wishes (version 0 for a new one)",
          params: staffParamsSchema,
          body: staffProfileInputSchema,
          response: { 200: rotaServiceSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.saveStaffProfile(ctx.db, requireActor(request), request.params.id, request.params.staffId, request.body),
    );

    app.post(
      '/api/units/:id/rota/plans',
      {
        schema: {
          tags,
          summary: 'Generate a plan for a period: the solver runs in the background; read the plan for its progress (idempotent)',
          params: idParamsSchema,
          body: newPlanSchema,
          response: { 200: planSchema, 201: planSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { plan, created } = await service.startPlan(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(plan);
      },
    );

    app.get(
      '/api/rota/plans/:id',
      { schema: { tags, summary: 'One plan: its shifts and who works them, the rules it breaks, the solver progress or answer, the swaps', params: idParamsSchema, response: { 200: planSchema, 404: errorSchema } } },
      (request) => service.readPlan(ctx.db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/rota/plans/:id/pdf',
      {
        schema: {
          tags,
          summary: 'The plan as a printable PDF in the given language: each day, its shifts and who works them',
          params: idParamsSchema,
          querystring: pdfQuerySchema,
          response: { 200: z.instanceof(Buffer).describe('application/pdf'), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const plan = await service.readPlan(ctx.db, requireActor(request), request.params.id);
        const pdf = await renderRotaPdf(plan, request.query.lang);
        return reply.type('application/pdf').header('content-disposition', 'attachment; filename="rota.pdf"').send(pdf);
      },
    );

    app.post(
      '/api/rota/plans/:id/stop',
      { schema: { tags, summary: 'Stop the solver early; it keeps the best rota so far', params: idParamsSchema, response: { 200: planSchema, 404: errorSchema } } },
      (request) => service.stopPlan(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/rota/plans/:id/shifts/:shift',
      {
        schema: {
          tags,
          summary: 'Put other people on one shift; refused with the rules it would break (optimistic locking)',
          params: shiftParamsSchema,
          body: editShiftSchema,
          response: { 200: planSchema, 400: refusalSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.editShift(ctx.db, requireActor(request), request.params.id, request.params.shift, request.body),
    );

    app.post(
      '/api/rota/plans/:id/publish',
      {
        schema: { tags, summary: 'Publish a draft that breaks no rule; it replaces the published plan it overlaps', params: idParamsSchema, body: versionBodySchema, response: { 200: planSchema, 404: errorSchema, 409: refusalSchema } },
      },
      (request) => service.publishPlan(ctx.db, requireActor(request), request.params.id, request.body.version),
    );

    app.post(
      '/api/rota/plans/:id/swaps',
      {
        schema: {
          tags,
          summary: 'Ask to give one of your shifts to a colleague; checked against the rules at once, decided by the leader (idempotent)',
          params: idParamsSchema,
          body: newSwapSchema,
          response: { 201: swapSchema, 400: refusalSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.requestSwap(ctx.db, requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/api/rota/swaps/:id/decision',
      {
        schema: {
          tags,
          summary: 'Approve (checked against the rules again) or refuse a swap (optimistic locking)',
          params: idParamsSchema,
          body: swapDecisionSchema,
          response: { 200: planSchema, 400: refusalSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.decideSwap(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/rota/mine',
      { schema: { tags, summary: 'Your own shifts in published rotas from yesterday on, and your swaps', response: { 200: myShiftsSchema } } },
      (request) => service.readMyShifts(ctx.db, requireActor(request)),
    );
  };
}
