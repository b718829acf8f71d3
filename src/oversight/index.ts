/** The oversight capability's entry: what the composition root registers, and what other capabilities' tests follow a record into. */
import type { Capability } from '../kernel/capability.ts';
import { oversightRoutes } from './routes.ts';

export const oversight: Capability = { name: 'oversight', routes: oversightRoutes };

/** Where an emergency access and every audited read end up: the leader's review list and the access report. */
export { accessReport, accessReportCsv, listEmergencyReviews, reviewEmergency } from './service.ts';
