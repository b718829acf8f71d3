/** HTTP handlers for a school's absence imports and flags: validate, call the service, answer. */
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../kernel/auth/plugin.ts';
import type { AppContext } from '../kernel/http/context.ts';
import { errorSchema } from '../kernel/http/error-schema.ts';
import { registerCaseRoutes } from './case-routes.ts';
import { handleFlag, listFlags } from './flag-service.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { answerWithProgress, NDJSON } from '../kernel/http/progress-answer.ts';
import { registerGuidelineRoutes } from './guideline-routes.ts';
import { registerFunnelRoutes } from './funnel-routes.ts';
import { importForUnit, registerForUnit } from './import-service.ts';
import type { ImportReport } from './import-run.ts';
import { readUploadRows } from './read-rows.ts';
import {
  flagListSchema,
  flagParamsSchema,
  flagSchema,
  handleFlagSchema,
  importQuerySchema,
  registrationReportSchema,
  registrationSchema,
  unitParamsSchema,
  type RegistrationReport,
} from './schema.ts';
import { countedUpload, MAX_UPLOAD_BYTES, tooLarge } from './upload-stream.ts';

const tags = ['attendance'];

/**
 * The import, in a context of its own: its body is the file, handed on as a stream (never
 * gathered into memory), and its answer is the import's progress line by line, then the report.
 */
function importRoute(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    for (const type of UPLOAD_TYPES) app.addContentTypeParser(type, (_request, body, done) => done(null, body));
    app.post(
      '/api/units/:id/attendance/imports',
      {
        schema: {
          tags,
          summary: "Import the school's absence file (CSV or XLSX, the request's body) with the saved mapping of its source",
          description:
            'The body is the file as sent by the school\'s admin system (content type text/csv, application/octet-stream or XLSX), up to 25 MB. ' +
            'The answer is newline-delimited JSON: `{"progress": …}` after each batch of rows, then `{"result": <report>}`, or `{"error": {code, message}}` ' +
            'if the import fails after it has begun (nothing is kept). Refusals before it begins are answered as 400/404/413.',
          params: unitParamsSchema,
          querystring: importQuerySchema,
          response: { 200: z.string().describe(NDJSON), 400: errorSchema, 404: errorSchema, 413: errorSchema },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) throw new RuleViolation(400, 'no_file', 'Send the file as the body.');
        if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) throw tooLarge();
        const upload = countedUpload(request.body);
        const { source, format, dryRun } = request.query;
        const rows = readUploadRows(upload.stream, format);
        return answerWithProgress(reply, request.log, (report) =>
          importForUnit(ctx.db, requireActor(request), request.params.id, rows, {
            source,
            dryRun: dryRun === 'true',
            onProgress: (counts) => report({ ...counts, bytesRead: upload.bytesRead() }),
          }),
        );
      },
    );
  };
}

const UPLOAD_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

export function attendanceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(importRoute(ctx));

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
    registerGuidelineRoutes(app, ctx);
    registerFunnelRoutes(app, ctx);
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
