/** The evaluation capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { evaluationRoutes } from './routes.ts';

export const evaluation: Capability = { name: 'evaluation', routes: evaluationRoutes };
