/** The children capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { childrenRoutes } from './routes.ts';

export const children: Capability = { name: 'children', routes: childrenRoutes };
