/** HTTP handlers for a unit's cross-sector team and its annual plan: validate, call the service, answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import {
  actionPointParamsSchema,
  actionPointRequestSchema,
  actionPointSchema,
  actionPointStatusRequestSchema,
  adjustMeetingRequestSchema,
  agendaItemRequestSchema,
  agendaItemSchema,
  identifyingErrorSchema,
  meetingDetailSchema,
  meetingListSchema,
  meetingParamsSchema,
  minutesRequestSchema,
  minutesResultSchema,
  myTeamsSchema,
  proposalSchema,
  proposePlanRequestSchema,
  publishPlanRequestSchema,
  putMembersRequestSchema,
  ruleErrorSchema,
  teamCandidatesSchema,
  teamMeetingSchema,
  teamMemberSchema,
  teamQuerySchema,
  teamSchema,
  unitParamsSchema,
} from './schema.ts';
import { listMyTeams } from './my-teams.ts';
import * as service from './service.ts';

const tags = ['teams'];

export function teamRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/teams/mine',
      {
        schema: {
          tags,
          summary: 'The teams the caller sits on or leads, each with its next meeting and open action points',
          response: { 200: myTeamsSchema },
        },
      },
      (request) => listMyTeams(ctx.db, requireActor(request)),
    );

    app.get(
      '/api/units/:id/team',
      {
        schema: {
          tags,
          summary: "A unit's cross-sector team and the meetings of a school year",
          params: unitParamsSchema,
          querystring: teamQuerySchema,
          response: { 200: teamSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => service.readTeam(ctx.db, requireActor(request), request.params.id, request.query.schoolYear),
    );

    app.get(
      '/api/units/:id/team/candidates',
      {
        schema: {
          tags,
          summary: "Who may be chosen for the team: the unit's leaders and the staff of the municipality's family centres, child welfare and PPT",
          params: unitParamsSchema,
          response: { 200: teamCandidatesSchema, 404: errorSchema },
        },
      },
      async (request) => ({ candidates: await service.listCandidates(ctx.db, requireActor(request), request.params.id) }),
    );

    app.get(
      '/api/units/:id/team/meetings/:meetingId',
      {
        schema: {
          tags,
          summary: 'One team meeting with agenda, minutes and action points, the team, and the meetings before and after',
          params: meetingParamsSchema,
          response: { 200: meetingDetailSchema, 404: errorSchema },
        },
      },
      (request) => service.readMeeting(ctx.db, requireActor(request), request.params.id, request.params.meetingId),
    );

    app.put(
      '/api/units/:id/team/members',
      {
        schema: {
          tags,
          summary: "Set the team: the unit's leader and partners from the family centre, child welfare and PPT",
          params: unitParamsSchema,
          body: putMembersRequestSchema,
          response: { 200: z.object({ members: z.array(teamMemberSchema) }), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => ({ members: await service.putMembers(ctx.db, requireActor(request), request.params.id, request.body) }),
    );

    app.post(
      '/api/units/:id/team/plan',
      {
        schema: {
          tags,
          summary: "Propose a school year's meeting dates, avoiding holidays (replaces an earlier proposal)",
          params: unitParamsSchema,
          body: proposePlanRequestSchema,
          response: { 201: proposalSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await service.proposePlan(ctx.db, requireActor(request), request.params.id, request.body)),
    );

    app.post(
      '/api/units/:id/team/plan/publish',
      {
        schema: {
          tags,
          summary: "Publish a school year's proposed meetings",
          params: unitParamsSchema,
          body: publishPlanRequestSchema,
          response: { 200: meetingListSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (request) => service.publishPlan(ctx.db, requireActor(request), request.params.id, request.body.schoolYear),
    );

    app.put(
      '/api/units/:id/team/meetings/:meetingId',
      {
        schema: {
          tags,
          summary: 'Move a meeting (optimistic locking: a stale version answers 409 conflict)',
          params: meetingParamsSchema,
          body: adjustMeetingRequestSchema,
          response: { 200: teamMeetingSchema, 400: ruleErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.adjustMeeting(ctx.db, requireActor(request), request.params.id, request.params.meetingId, request.body),
    );

    app.post(
      '/api/units/:id/team/meetings/:meetingId/agenda-items',
      {
        schema: {
          tags,
          summary: 'Add a theme or an anonymous case to the agenda (anonymous cases are checked for identifying details; a retry with the same idempotency key adds nothing)',
          params: meetingParamsSchema,
          body: agendaItemRequestSchema,
          response: { 201: agendaItemSchema, 400: identifyingErrorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addAgendaItem(ctx.db, requireActor(request), request.params.id, request.params.meetingId, request.body)),
    );

    app.put(
      '/api/units/:id/team/meetings/:meetingId/minutes',
      {
        schema: {
          tags,
          summary: "Write a meeting's minutes and mark it held (open action points carry over to the next meeting)",
          params: meetingParamsSchema,
          body: minutesRequestSchema,
          response: { 200: minutesResultSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (request) => service.writeMinutes(ctx.db, requireActor(request), request.params.id, request.params.meetingId, request.body),
    );

    app.post(
      '/api/units/:id/team/meetings/:meetingId/action-points',
      {
        schema: {
          tags,
          summary: 'Add an action point with an owner from the team and a due date (a retry with the same idempotency key adds nothing)',
          params: meetingParamsSchema,
          body: actionPointRequestSchema,
          response: { 201: actionPointSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.addActionPoint(ctx.db, requireActor(request), request.params.id, request.params.meetingId, request.body)),
    );

    app.patch(
      '/api/units/:id/team/action-points/:actionPointId',
      {
        schema: {
          tags,
          summary: 'Mark an action point done or open',
          params: actionPointParamsSchema,
          body: actionPointStatusRequestSchema,
          response: { 200: actionPointSchema, 404: errorSchema },
        },
      },
      (request) =>
        service.setActionPointStatus(ctx.db, requireActor(request), request.params.id, request.params.actionPointId, request.body.status),
    );
  };
}
