/** The evaluation capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { importCountsRoutes } from './import-counts-routes.ts';
import { evaluationRoutes } from './routes.ts';

export const evaluation: Capability = {
  name: 'evaluation',
  routes: (ctx) => async (app) => {
    await app.register(evaluationRoutes(ctx));
    await app.register(importCountsRoutes(ctx));
  },
};
