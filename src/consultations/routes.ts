/** Thin HTTP handlers for consultations and consents: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import {
  consentListSchema,
  consentSchema,
  consultationListSchema,
  consultationSchema,
  editConsultationSchema,
  idParamsSchema,
  identifyingTextErrorSchema,
  newConsentSchema,
  newConsultationSchema,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['consultations'];

export function consultationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/units/:id/consultations',
      {
        schema: {
          tags,
          summary: 'Record a consultation at the unit (a retry with the same idempotency key returns the same record)',
          params: idParamsSchema,
          body: newConsultationSchema,
          response: { 200: consultationSchema, 201: consultationSchema, 400: identifyingTextErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { consultation, created } = await service.recordConsultation(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(consultation);
      },
    );

    app.get(
      '/api/units/:id/consultations',
      { schema: { tags, summary: "A unit's consultations, newest first", params: idParamsSchema, response: { 200: consultationListSchema, 404: errorSchema } } },
      (request) => service.listConsultations(ctx.db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/consultations/:id',
      { schema: { tags, summary: 'One consultation', params: idParamsSchema, response: { 200: consultationSchema, 404: errorSchema } } },
      (request) => service.readConsultation(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/consultations/:id',
      {
        schema: {
          tags,
          summary: "Edit a consultation's content (optimistic locking by version)",
          params: idParamsSchema,
          body: editConsultationSchema,
          response: { 200: consultationSchema, 400: identifyingTextErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.editConsultation(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/children/:id/consents',
      { schema: { tags, summary: "A child's consents", params: idParamsSchema, response: { 200: consentListSchema, 404: errorSchema } } },
      (request) => service.listConsents(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/children/:id/consents',
      {
        schema: {
          tags,
          summary: "Register a guardian's consent for the child (a retry with the same idempotency key returns the same consent)",
          params: idParamsSchema,
          body: newConsentSchema,
          response: { 200: consentSchema, 201: consentSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { consent, created } = await service.registerConsent(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(created ? 201 : 200).send(consent);
      },
    );

    app.post(
      '/api/consents/:id/withdraw',
      { schema: { tags, summary: 'Withdraw a consent from today', params: idParamsSchema, response: { 200: consentSchema, 404: errorSchema } } },
      (request) => service.withdrawConsent(ctx.db, requireActor(request), request.params.id),
    );
  };
}
