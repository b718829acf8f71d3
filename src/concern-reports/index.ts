/** The concern reports capability's entry: what the composition root registers. */
import type { Capability } from '../kernel/capability.ts';
import { concernReportRoutes } from './routes.ts';

export const concernReports: Capability = { name: 'concern-reports', routes: concernReportRoutes };
