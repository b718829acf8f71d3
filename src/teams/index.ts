/** The teams capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { teamRoutes } from './routes.ts';

export const teams: Capability = { name: 'teams', routes: teamRoutes };
