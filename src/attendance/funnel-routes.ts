/** HTTP handlers for the follow-up funnel of a school and of a municipality: validate, call the service, answer. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { funnelParamsSchema, funnelQuerySchema, funnelSchema } from './funnel-schema.ts';
import { municipalityFunnel, unitFunnel } from './funnel-service.ts';

const tags = ['attendance'];
const schema = (summary: string) => ({ tags, summary, params: funnelParamsSchema, querystring: funnelQuerySchema, response: { 200: funnelSchema, 400: errorSchema, 404: errorSchema } });

export function registerFunnelRoutes(app: FastifyInstance, ctx: AppContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/units/:id/attendance/funnel',
    { schema: schema("The school's follow-up funnel by month (at most 12): pupils flagged, contacted, met, with a return plan, back at school; counts under 5 withheld") },
    async (request) => unitFunnel(ctx.db, requireActor(request), request.params.id, request.query),
  );

  typed.get(
    '/api/municipalities/:id/attendance/funnel',
    { schema: schema("The municipality's follow-up funnel by month across its schools (at most 12 months); counts under 5 withheld") },
    async (request) => municipalityFunnel(ctx.db, requireActor(request), request.params.id, request.query),
  );
}
