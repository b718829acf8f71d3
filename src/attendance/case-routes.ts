/** HTTP handlers for follow-up cases: validate, call the service, answer. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { addContact, addStep, changeCoordinator, closeCase, getCase, listCasePeople, markStepDone, openCaseFromFlag, recordHearing, recordLetter, startConsultation, startReport } from './case-service.ts';
import {
  addContactSchema,
  addStepSchema,
  attendanceCaseSchema,
  caseParamsSchema,
  casePeopleSchema,
  changeCoordinatorSchema,
  closeCaseSchema,
  hearingSchema,
  openCaseSchema,
  recordLetterSchema,
  startConsultationSchema,
  startedConsultationSchema,
  startedReportSchema,
  startReportSchema,
  stepParamsSchema,
  versionOnlySchema,
} from './case-schema.ts';
import { flagParamsSchema } from './schema.ts';
import { identifyingTextErrorSchema } from '../consultations/schema.ts';

const tags = ['attendance'];
const answers = { 200: attendanceCaseSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema };

export function registerCaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/api/units/:id/attendance/flags/:flagId/case',
    {
      schema: {
        tags,
        summary: "Open a follow-up case from a flag, or join the pupil's open case (a retry answers the same case)",
        params: flagParamsSchema,
        body: openCaseSchema,
        response: { 200: attendanceCaseSchema, 201: attendanceCaseSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const opened = await openCaseFromFlag(ctx.db, requireActor(request), request.params.id, request.params.flagId, request.body);
      return reply.code(opened.created ? 201 : 200).send(opened.case);
    },
  );

  typed.get(
    '/api/attendance/cases/:id',
    { schema: { tags, summary: 'A follow-up case with its flags, steps and contact log', params: caseParamsSchema, response: { 200: attendanceCaseSchema, 404: errorSchema } } },
    async (request) => getCase(ctx.db, requireActor(request), request.params.id),
  );

  typed.get(
    '/api/attendance/cases/:id/people',
    {
      schema: {
        tags,
        summary: "Who may be chosen on the case: the school's staff as a step's owner, its leaders as the coordinator",
        params: caseParamsSchema,
        response: { 200: casePeopleSchema, 404: errorSchema },
      },
    },
    async (request) => listCasePeople(ctx.db, requireActor(request), request.params.id),
  );

  typed.put(
    '/api/attendance/cases/:id/coordinator',
    { schema: { tags, summary: 'Hand the case to another coordinator, a leader of the school', params: caseParamsSchema, body: changeCoordinatorSchema, response: answers } },
    async (request) => changeCoordinator(ctx.db, requireActor(request), request.params.id, request.body),
  );

  typed.post(
    '/api/attendance/cases/:id/steps',
    { schema: { tags, summary: 'Plan a step of the case (a retry with the same idempotency key adds nothing)', params: caseParamsSchema, body: addStepSchema, response: answers } },
    async (request) => addStep(ctx.db, requireActor(request), request.params.id, request.body),
  );

  typed.post(
    '/api/attendance/cases/:id/steps/:stepId/done',
    { schema: { tags, summary: 'Mark a step of the case done', params: stepParamsSchema, body: versionOnlySchema, response: answers } },
    async (request) => markStepDone(ctx.db, requireActor(request), request.params.id, request.params.stepId, request.body.version),
  );

  typed.post(
    '/api/attendance/cases/:id/contacts',
    { schema: { tags, summary: "Log a contact about the pupil's absence (a retry with the same idempotency key adds nothing)", params: caseParamsSchema, body: addContactSchema, response: answers } },
    async (request) => addContact(ctx.db, requireActor(request), request.params.id, request.body),
  );

  typed.post(
    '/api/attendance/cases/:id/close',
    { schema: { tags, summary: 'Close the case with a reason from the fixed list', params: caseParamsSchema, body: closeCaseSchema, response: answers } },
    async (request) => closeCase(ctx.db, requireActor(request), request.params.id, request.body),
  );

  typed.post(
    '/api/attendance/cases/:id/concern-report',
    {
      schema: {
        tags,
        summary: 'Start a concern report (in Denmark the underretning) from the case, carrying over the ticked items (a retry with the same idempotency key answers the same draft)',
        params: caseParamsSchema,
        body: startReportSchema,
        response: { 200: startedReportSchema, 201: startedReportSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { created, ...started } = await startReport(ctx.db, requireActor(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(started);
    },
  );

  typed.post(
    '/api/attendance/cases/:id/consultation',
    {
      schema: {
        tags,
        summary:
          'Record the consultation with the network contact from the case: with consent when the pupil is ticked, else anonymous; the figures when ticked (a retry with the same idempotency key answers the same consultation)',
        params: caseParamsSchema,
        body: startConsultationSchema,
        response: { 200: startedConsultationSchema, 201: startedConsultationSchema, 400: identifyingTextErrorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const { created, ...started } = await startConsultation(ctx.db, requireActor(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send(started);
    },
  );

  typed.post(
    '/api/attendance/cases/:id/hearing',
    { schema: { tags, summary: "Record the municipality's hearing of the parents and of a pupil of 12 or older", params: caseParamsSchema, body: hearingSchema, response: answers } },
    async (request) => recordHearing(ctx.db, requireActor(request), request.params.id, request.body),
  );

  typed.post(
    '/api/attendance/cases/:id/letters',
    {
      schema: {
        tags,
        summary: 'Record a letter to the home as sent: the Danish warning at 10 %, its text as sent, the day and to whom (a retry with the same idempotency key adds nothing)',
        params: caseParamsSchema,
        body: recordLetterSchema,
        response: answers,
      },
    },
    async (request) => recordLetter(ctx.db, requireActor(request), request.params.id, request.body),
  );
}
