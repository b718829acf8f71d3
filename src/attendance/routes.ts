/** HTTP handlers for a school's absence imports and flags: validate, call the service, answer. */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { registerCaseRoutes } from './case-routes.ts';
import { handleFlag, listFlags } from './flag-service.ts';
import { importForUnit, registerForUnit } from './import-service.ts';
import { readCsvRows } from './read-rows.ts';
import {
  flagListSchema,
  flagParamsSchema,
  flagSchema,
  handleFlagSchema,
  importReportSchema,
  importUploadSchema,
  registrationReportSchema,
  registrationSchema,
  unitParamsSchema,
  type RegistrationReport,
} from './schema.ts';
import type { ImportReport } from './import-run.ts';

const tags = ['attendance'];

export function attendanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/units/:id/attendance/imports',
      {
        bodyLimit: 25 * 1024 * 1024,
        schema: {
          tags,
          summary: "Import a CSV export of the school's absence with the saved mapping of its source",
          params: unitParamsSchema,
          body: importUploadSchema,
          response: { 200: importReportSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const { source, content, dryRun } = request.body;
        return importForUnit(ctx.db, requireActor(request), request.params.id, readCsvRows(Readable.from([content])), { source, dryRun });
      },
    );

    app.post(
      '/api/units/:id/attendance/registrations',
      {
        schema: {
          tags,
          summary: "Register a school day's absence from the school's admin system as JSON, at most 2,000 rows (a retry with the same idempotency key answers the first call's report)",
          params: unitParamsSchema,
          body: registrationSchema,
          response: { 200: registrationReportSchema, 201: registrationReportSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const report = await registerForUnit(ctx.db, requireActor(request), request.params.id, request.body);
        return reply.code(report.repeated ? 200 : 201).send(registrationAnswer(report));
      },
    );

    app.get(
      '/api/units/:id/attendance/flags',
      {
        schema: { tags, summary: "The school's open attendance flags, by due date", params: unitParamsSchema, response: { 200: flagListSchema, 404: errorSchema } },
      },
      async (request) => listFlags(ctx.db, requireActor(request), request.params.id),
    );

    app.post(
      '/api/units/:id/attendance/flags/:flagId/handle',
      {
        schema: {
          tags,
          summary: 'Record what was done about a flag; it stays, handled',
          params: flagParamsSchema,
          body: handleFlagSchema,
          response: { 200: flagSchema, 404: errorSchema },
        },
      },
      async (request) => handleFlag(ctx.db, requireActor(request), request.params.id, request.params.flagId, request.body),
    );

    registerCaseRoutes(app, ctx);
  };
}

/** The import's report in the registration's words: a refused row by its index and field. */
function registrationAnswer(report: ImportReport): RegistrationReport {
  return {
    importId: report.importId,
    rowsRead: report.rowsRead,
    accepted: report.accepted,
    changed: report.changed,
    refusedCount: report.rejected.length,
    refused: report.rejected.map(({ line, reason, column }) => ({ index: line, reason, field: column })),
  };
}
