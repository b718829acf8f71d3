/** The organisation capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { organisationRoutes } from './routes.ts';

export const organisation: Capability = { name: 'organisation', routes: organisationRoutes };
