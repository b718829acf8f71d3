/**
 * The rota: a service's shifts, staffed by its people within the working-time rules of the
 * country. Its public entry is the solver, which the CLI (`tidlig rota solve`) and the bench run;
 * the problem's shape is in schema.ts and the rules, checker and figures in domain/.
 */
export { startSolve, type RunningSolve } from './solver/solve.ts';
export type { RotaAssignment, RotaProgress, RotaSolution, SolveOptions } from './solver/types.ts';
