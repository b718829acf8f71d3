/**
 * The Fastify server: one validation step (Zod, shared with the web), one error shape,
 * the OpenAPI document, and the built web app with client-side routes.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { oidcRoutes } from '../auth/oidc/routes.ts';
import { authPlugin } from '../auth/plugin.ts';
import { sessionRoutes } from '../auth/session-routes.ts';
import { NotFoundError, RuleViolation } from '../errors.ts';
import { answerLanguage, isDataException, validationMessage } from '../validation/answers.ts';
import { issueOf } from '../validation/issues.ts';
import type { Capability } from '../capability.ts';
import type { AppContext } from './context.ts';
import type { ApiError } from './error-schema.ts';
import { healthRoutes } from './health-routes.ts';
import { registerMetrics } from '../metrics/routes.ts';
import { loggerOptions, type LogDestination } from './log-options.ts';

export interface ServerOptions {
  /** Folder with the built web app; when absent only the API is served. */
  webDir?: string;
  log?: boolean;
  /** Where log lines go when `log` is on; standard output unless a test captures them. */
  logTo?: LogDestination;
  trustProxy?: boolean;
  /** The capabilities whose routes to serve (the composition root passes all of them). */
  capabilities?: readonly Capability[];
}

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.log ? loggerOptions(options.logTo) : false,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Tidlig API', version: ctx.version, description: 'Early, close-by child welfare services.' },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/docs', { schema: { hide: true } }, () => app.swagger());
  registerMetrics(app, ctx.metricsToken);

  // First: every route registered after it is held to the access list.
  await app.register(authPlugin, { db: ctx.db, publicUrl: ctx.publicUrl });
  await app.register(healthRoutes(ctx));
  await app.register(sessionRoutes(ctx));
  await app.register(oidcRoutes({ db: ctx.db, publicUrl: ctx.publicUrl }));
  for (const capability of options.capabilities ?? []) {
    if (capability.routes) await app.register(capability.routes(ctx));
  }

  await serveWebApp(app, options.webDir);
  return app;
}

/**
 * One error shape for every failure; messages never echo the input that caused them. Bad
 * input is a 400 in the asker's language, also when only the database noticed; anything else
 * is a 500 that tells nothing of the stack or the SQL. The log gets the error as the logger's
 * serialiser describes it (class, code, constraint; never the message) and the route pattern.
 */
function handleError(
  this: FastifyInstance,
  error: unknown,
  request: { log: FastifyInstance['log']; headers: Record<string, string | string[] | undefined>; routeOptions: { url?: string | undefined } },
  reply: { status(code: number): { send(body: ApiError & Record<string, unknown>): void } },
) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const issues = error.validation.map((entry) => issueOf(where, entry));
    const message = validationMessage(answerLanguage(request.headers['accept-language']), issues);
    return reply.status(400).send({ code: 'validation_failed', message, issues });
  }
  if (error instanceof NotFoundError) {
    return reply.status(404).send({ code: 'not_found', message: 'Not found.' });
  }
  if (error instanceof RuleViolation) {
    // A service's own field checks answer like the schema's, in the asker's language.
    const message =
      error.code === 'validation_failed'
        ? validationMessage(answerLanguage(request.headers['accept-language']), (error.details.issues as { code: string }[] | undefined) ?? [])
        : error.message;
    return reply.status(error.status).send({ ...error.details, code: error.code, message });
  }
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('FST_CSRF')) {
    return reply.status(403).send({ code: 'csrf_failed', message: 'The form was out of date; reload the page and try again.' });
  }
  if (status === 429) return reply.status(429).send({ code: 'rate_limited', message: 'Too many attempts; wait a minute.' });
  if (status && status >= 400 && status < 500) {
    return reply.status(status).send({ code: 'bad_request', message: 'The request could not be understood.' });
  }
  // A value no schema caught but the database refused: the input was bad, not the server.
  if (isDataException(error)) {
    request.log.warn({ err: error, route: request.routeOptions.url }, 'database refused a value');
    const message = validationMessage(answerLanguage(request.headers['accept-language']), []);
    return reply.status(400).send({ code: 'validation_failed', message, issues: [] });
  }
  request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
  return reply.status(500).send({ code: 'internal', message: 'Something went wrong on the server.' });
}

async function serveWebApp(app: FastifyInstance, webDir: string | undefined) {
  const indexHtml = webDir ? path.join(webDir, 'index.html') : undefined;
  const hasWeb = indexHtml !== undefined && fs.existsSync(indexHtml);
  if (hasWeb) {
    const root = path.resolve(webDir!);
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset (scripts/precompress.ts); sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, file) => response.setHeader('cache-control', cachePolicy(path.relative(root, file))),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Unknown API paths answer in JSON; every other path is a page of the web app.
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      return reply.status(404).send({ code: 'not_found', message: 'Not found.' } satisfies ApiError);
    }
    return reply.type('text/html').sendFile('index.html');
  });
}

/**
 * Files under assets/ carry a hash of their content in their name, so a browser may keep them
 * for good; everything else (index.html, which names the current assets) is checked each time.
 */
export function cachePolicy(fileInWebDir: string): string {
  return fileInWebDir.split(path.sep)[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}
