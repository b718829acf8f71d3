/** Thin HTTP handlers for consultation hours and bookings: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import {
  bookingListSchema,
  bookingRequestSchema,
  bookingSchema,
  clashErrorSchema,
  consultationHourSchema,
  consultationHoursQuerySchema,
  consultationHoursSchema,
  contactWeekSchema,
  idParamsSchema,
  identifyingErrorSchema,
  moveBookingRequestSchema,
  networkContactsSchema,
  presenceSettingsRequestSchema,
  presenceSettingsSchema,
  planHourRequestSchema,
  weekQuerySchema,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['presence'];

export function presenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units/:id/consultation-hours',
      {
        schema: {
          tags,
          summary: "A unit's weekly consultation hours and the next free slots",
          params: idParamsSchema,
          querystring: consultationHoursQuerySchema,
          response: { 200: consultationHoursSchema, 404: errorSchema },
        },
      },
      (request) => service.listConsultationHours(ctx.db, requireActor(request), request.params.id, { limit: request.query.limit }),
    );

    app.post(
      '/api/units/:id/consultation-hours',
      {
        schema: {
          tags,
          summary: 'Plan a weekly consultation hour for a network contact at the unit',
          params: idParamsSchema,
          body: planHourRequestSchema,
          response: { 201: consultationHourSchema, 400: errorSchema, 404: errorSchema, 409: clashErrorSchema },
        },
      },
      async (request, reply) => {
        const hour = await service.planConsultationHour(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.status(201).send(hour);
      },
    );

    app.post(
      '/api/bookings',
      {
        schema: {
          tags,
          summary: 'Book a slot (a retry with the same idempotency key returns the same booking)',
          body: bookingRequestSchema,
          response: { 200: bookingSchema, 201: bookingSchema, 400: identifyingErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { booking, created } = await service.bookSlot(ctx.db, requireActor(request), request.body);
        return reply.status(created ? 201 : 200).send(booking);
      },
    );

    app.get(
      '/api/bookings/mine',
      { schema: { tags, summary: 'My bookings', response: { 200: bookingListSchema } } },
      (request) => service.listMyBookings(ctx.db, requireActor(request)),
    );

    app.post(
      '/api/bookings/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel my booking before its slot starts',
          params: idParamsSchema,
          response: { 200: bookingSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.cancelBooking(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/bookings/:id/move',
      {
        schema: {
          tags,
          summary: 'Move my booking to another free slot at the same unit (asking again for the same slot changes nothing)',
          params: idParamsSchema,
          body: moveBookingRequestSchema,
          response: { 200: bookingSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.moveBooking(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/presence/week',
      {
        schema: {
          tags,
          summary: "A network contact's week: consultation hours per unit with booked slots, and team meetings",
          querystring: weekQuerySchema,
          response: { 200: contactWeekSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => service.contactWeek(ctx.db, requireActor(request), request.query),
    );

    app.get(
      '/api/presence/contacts',
      { schema: { tags, summary: "The municipality's network contacts", response: { 200: networkContactsSchema } } },
      (request) => service.listNetworkContacts(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/municipalities/:id/presence-settings',
      {
        schema: {
          tags,
          summary: "The municipality's school holidays and travel times, with proposed holidays",
          params: idParamsSchema,
          response: { 200: presenceSettingsSchema, 404: errorSchema },
        },
      },
      (request) => service.getPresenceSettings(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/municipalities/:id/presence-settings',
      {
        schema: {
          tags,
          summary: "Save the municipality's school holidays and travel times (optimistic locking by version)",
          params: idParamsSchema,
          body: presenceSettingsRequestSchema,
          response: { 200: presenceSettingsSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.savePresenceSettings(ctx.db, requireActor(request), request.params.id, request.body),
    );
  };
}
