/** HTTP handlers for the municipality's attendance guideline: validate, call the service, answer. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { guidelineSettingSchema, municipalityParamsSchema, savedGuidelineSchema, saveGuidelineSchema } from './guideline-schema.ts';
import { getGuideline, saveGuideline } from './guideline-service.ts';

const tags = ['attendance'];

export function registerGuidelineRoutes(app: FastifyInstance, ctx: AppContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/api/municipalities/:id/attendance/guideline',
    {
      schema: {
        tags,
        summary: "The municipality's staged attendance guideline (or none), with the presets it can start from",
        params: municipalityParamsSchema,
        response: { 200: guidelineSettingSchema, 404: errorSchema },
      },
    },
    async (request) => getGuideline(ctx.db, requireActor(request), request.params.id),
  );

  typed.put(
    '/api/municipalities/:id/attendance/guideline',
    {
      schema: {
        tags,
        summary: "Save the municipality's attendance guideline and recompute its flags (optimistic locking by version; a retry with the same idempotency key changes nothing)",
        params: municipalityParamsSchema,
        body: saveGuidelineSchema,
        response: { 200: savedGuidelineSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => saveGuideline(ctx.db, requireActor(request), request.params.id, request.body),
  );
}
