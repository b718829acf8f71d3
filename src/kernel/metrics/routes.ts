import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { countRequest, registry } from './metrics.ts';

/**
 * `GET /metrics` for Prometheus, and the hook that counts every answered request. Outside /api
 * and the access list on purpose: no session reaches it. It answers a request carrying the
 * configured token (`TIDLIG_METRICS_TOKEN`, as `Authorization: Bearer …`), or one made on this
 * machine directly; a request that came through a proxy (X-Forwarded-For or Forwarded) is not
 * taken as local, since a proxy on the same machine would make every visitor look local.
 */
export function registerMetrics(app: FastifyInstance, token: string | undefined): void {
  app.addHook('onResponse', async (request, reply) => {
    countRequest(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!hasToken(request, token) && !isDirectLocal(request)) {
      return reply.status(403).send({ code: 'forbidden', message: 'Metrics need the metrics token, or a request from this machine.' });
    }
    return reply.header('cache-control', 'no-store').type(registry.contentType).send(await registry.metrics());
  });
}

function hasToken(request: FastifyRequest, token: string | undefined): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isDirectLocal(request: FastifyRequest): boolean {
  if (request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined) return false;
  const peer = request.socket.remoteAddress ?? '';
  return peer === '::1' || /^(::ffff:)?127\./.test(peer);
}
