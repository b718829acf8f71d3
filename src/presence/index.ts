/** The presence capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { presenceRoutes } from './routes.ts';

export const presence: Capability = { name: 'presence', routes: presenceRoutes };
