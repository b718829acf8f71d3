/** HTTP handlers for pupils' requests, talks, parent notices and the intake list: validate, call the service, answer. */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { endPupilMode, openPupilMode, PUPIL_MODE_HOURS, readPupilMode, requestInPupilMode } from './pupil-mode.ts';
import {
  draftNoticeRequestSchema,
  identifyingErrorSchema,
  idParamsSchema,
  noticeGivenRequestSchema,
  pupilModeSchema,
  pupilModeStateSchema,
  pupilRequestSchema,
  recordTalkRequestSchema,
  referralListSchema,
  requestCreatedSchema,
  talkSchema,
  unitTalksSchema,
  validationErrorSchema,
  withholdRequestSchema,
} from './schema.ts';
import * as notice from './notice.ts';
import * as service from './service.ts';

const tags = ['pupil talks'];
const PUPIL_MODE_COOKIE = 'tidlig_pupil_mode';
// Sent only to the pupil-mode API, and never along with a link from another site.
const PUPIL_MODE_COOKIE_OPTIONS = { path: '/api/pupil-mode', httpOnly: true, sameSite: 'strict' } as const;

const pupilModeToken = (request: FastifyRequest) => request.cookies[PUPIL_MODE_COOKIE];

export function pupilTalkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/units/:id/pupil-mode',
      {
        schema: {
          tags,
          summary: "Switch this device into pupil mode for the unit (ends the caller's session on it)",
          params: idParamsSchema,
          response: { 201: pupilModeSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const { token, mode } = await openPupilMode(ctx.db, requireActor(request), request.params.id, request.sessionToken!);
        clearSessionCookie(reply);
        reply.setCookie(PUPIL_MODE_COOKIE, token, {
          ...PUPIL_MODE_COOKIE_OPTIONS,
          secure: request.protocol === 'https',
          maxAge: PUPIL_MODE_HOURS * 3600,
        });
        return reply.status(201).send(mode);
      },
    );

    app.get(
      '/api/pupil-mode',
      { schema: { tags, summary: 'The unit this device is in pupil mode for, or null', response: { 200: pupilModeStateSchema } } },
      async (request) => ({ mode: await readPupilMode(ctx.db, pupilModeToken(request)) }),
    );

    app.post(
      '/api/pupil-mode/requests',
      {
        // A device in a school corridor: plenty for pupils, not for someone scripting it.
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: "A pupil's own request to talk with the network contact, on a device in pupil mode",
          body: pupilRequestSchema,
          response: { 201: requestCreatedSchema, 400: validationErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await requestInPupilMode(ctx.db, pupilModeToken(request), request.body)),
    );

    app.delete(
      '/api/pupil-mode',
      { schema: { tags, summary: 'Leave pupil mode on this device (by a staff member logged in again)', response: { 204: z.null() } } },
      async (request, reply) => {
        await endPupilMode(ctx.db, pupilModeToken(request));
        reply.clearCookie(PUPIL_MODE_COOKIE, PUPIL_MODE_COOKIE_OPTIONS);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/units/:id/pupil-requests',
      {
        schema: {
          tags,
          summary: "Register a pupil's request to talk with the unit's network contact",
          params: idParamsSchema,
          body: pupilRequestSchema,
          response: { 201: requestCreatedSchema, 400: validationErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.registerRequest(ctx.db, requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/api/units/:id/pupil-talks',
      {
        schema: { tags, summary: "The unit's open requests and talks, for its network contact", params: idParamsSchema, response: { 200: unitTalksSchema, 404: errorSchema } },
      },
      (request) => service.listUnitTalks(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/pupil-requests/:id/talk',
      {
        schema: {
          tags,
          summary: 'Record the talk a request led to, with least data (the note is checked for identifying details)',
          params: idParamsSchema,
          body: recordTalkRequestSchema,
          response: { 201: talkSchema, 400: identifyingErrorSchema.extend(validationErrorSchema.shape), 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.recordTalk(ctx.db, requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/api/pupil-talks/:id',
      { schema: { tags, summary: 'One talk and its parent notice', params: idParamsSchema, response: { 200: talkSchema, 404: errorSchema } } },
      (request) => service.readTalk(ctx.db, requireActor(request), request.params.id),
    );

    app.put(
      '/api/pupil-talks/:id/notice',
      {
        schema: {
          tags,
          summary: 'Save the parent notice drafted with the pupil (optimistic locking: a stale version answers 409)',
          params: idParamsSchema,
          body: draftNoticeRequestSchema,
          response: { 200: talkSchema, 400: validationErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => notice.draftNotice(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/pupil-talks/:id/notice/given',
      {
        schema: {
          tags,
          summary: 'Record the drafted notice as given to the parents: when, how, with the pupil present or not',
          params: idParamsSchema,
          body: noticeGivenRequestSchema,
          response: { 200: talkSchema, 400: validationErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => notice.recordNoticeGiven(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/pupil-talks/:id/withhold',
      {
        schema: {
          tags,
          summary: "Don't tell the parents (risk to the child): record why and refer the case to child welfare's intake",
          params: idParamsSchema,
          body: withholdRequestSchema,
          response: { 200: talkSchema, 400: validationErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => notice.withholdNotice(ctx.db, requireActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/municipalities/:id/pupil-referrals',
      {
        schema: { tags, summary: "Talks whose parents were not told: child welfare's intake list", params: idParamsSchema, response: { 200: referralListSchema, 404: errorSchema } },
      },
      (request) => service.listReferrals(ctx.db, requireActor(request), request.params.id),
    );
  };
}
