/** The oversight capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { oversightRoutes } from './routes.ts';

export const oversight: Capability = { name: 'oversight', routes: oversightRoutes };
