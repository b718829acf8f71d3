/** The server with every capability's routes: what `tidlig serve` runs and the app-wide tests drive. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../kernel/http/context.ts';
import { buildServer, type ServerOptions } from '../kernel/http/server.ts';
import { capabilities } from './capabilities.ts';
import { handleEvents } from './events.ts';

export function buildAppServer(ctx: AppContext, options: Omit<ServerOptions, 'capabilities'> = {}): Promise<FastifyInstance> {
  // Every capability is served, so every event goes to its handlers.
  handleEvents();
  return buildServer(ctx, { ...options, capabilities });
}
