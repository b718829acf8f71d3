/**
 * What the server's log may hold: no personal data. A database error's message and detail quote
 * the value that caused it (a name typed into a date field, an identity number in a duplicate
 * key), and a raw URL carries its query string; so an error is logged by its class, code and
 * constraint only, and a request by its method and route pattern only.
 */
import type { FastifyServerOptions } from 'fastify';
import type { PinoLoggerOptions } from 'fastify/types/logger.js';

/** Where log lines go: standard output, unless a test captures them. */
export interface LogDestination {
  write(line: string): void;
}

/** What a log line may say of a request: its method and the route pattern it matched. */
export function describeRequest(request: { method: string; routeOptions?: { url?: string | undefined } }) {
  return { method: request.method, route: request.routeOptions?.url ?? 'unmatched' };
}

/**
 * What a log line may say of an error: its class, its code (a SQLSTATE, a Fastify or Node code)
 * and the constraint it broke. Its message, detail, parameters and stack are left out.
 */
export function describeError(error: unknown): { type: string; code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const { code, constraint, severity } = error as { code?: unknown; constraint?: unknown; severity?: unknown };
  // Both drivers' errors carry a severity; their names are no help ("error", or minified in PGlite).
  const type = typeof severity === 'string' ? 'DatabaseError' : error.constructor?.name;
  return {
    type: typeof type === 'string' && IDENTIFIER.test(type) ? type : 'Error',
    ...(typeof code === 'string' && IDENTIFIER.test(code) ? { code } : {}),
    ...(typeof constraint === 'string' && IDENTIFIER.test(constraint) ? { constraint } : {}),
  };
}

// Codes, classes and constraint names are identifiers; anything else may be data.
const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,63}$/;

const WITHHELD = 'error (message withheld)';

/**
 * The logger's options. Pino, and Fastify's own error lines, make an error's message the line's
 * message; the hook puts a fixed text in its place whenever an error is logged.
 */
export function loggerOptions(destination?: LogDestination): FastifyServerOptions['logger'] {
  const options: PinoLoggerOptions & { stream?: LogDestination } = {
    level: 'info',
    serializers: { req: describeRequest, err: describeError },
    hooks: {
      logMethod(args, method) {
        const [first, message] = args as unknown[];
        const error = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
        if (!(error instanceof Error)) return method.apply(this, args);
        const rest = first instanceof Error ? { err: first } : first;
        const text = typeof message === 'string' && message !== error.message ? message : WITHHELD;
        return method.call(this, rest as object, text);
      },
    },
    ...(destination ? { stream: destination } : {}),
  };
  // Fastify's type asks an error serialiser for a message and a stack: the two things left out here.
  return options as FastifyServerOptions['logger'];
}
