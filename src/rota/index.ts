/**
 * The rota: a service's shifts, staffed by its people within the working-time rules of the
 * country. Its entry gives the composition root the routes, the solver to the CLI and the
 * bench, and a person's published shifts to the personal calendar feed.
 */
import type { Capability } from '../kernel/capability.ts';
import { rotaRoutes } from './routes.ts';

export const rota: Capability = { name: 'rota', routes: rotaRoutes };
export { shiftsOf } from './service.ts';
export { startSolve, type RunningSolve } from './solver/solve.ts';
export type { RotaAssignment, RotaProgress, RotaSolution, SolveOptions } from './solver/types.ts';
