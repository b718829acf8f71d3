/** The server with every capability's routes: what `tidlig serve` runs and the app-wide tests drive. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../kernel/http/context.ts';
import { buildServer, type ServerOptions } from '../kernel/http/server.ts';
import { capabilities } from './capabilities.ts';

export function buildAppServer(ctx: AppContext, options: Omit<ServerOptions, 'capabilities'> = {}): Promise<FastifyInstance> {
  return buildServer(ctx, { ...options, capabilities });
}
