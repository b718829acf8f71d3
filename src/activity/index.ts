/** The activity log's entry: the network contact's log of what they did, and the sums beside the outcomes. */
import type { Capability } from '../kernel/capability.ts';
import { activityRoutes } from './routes.ts';

export const activity: Capability = { name: 'activity', routes: activityRoutes };

/** What the evaluation sums per unit and month (time spent beside the outcomes), inside its own access transaction. */
export { activityMinutesByUnitAndMonth, activityTotalsByUnitAndMonth } from './activity-sums-repo.ts';
export type { ShownActivitySum } from './domain/suppress-sums.ts';
