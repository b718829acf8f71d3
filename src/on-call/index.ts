/** The on-call capability's entry: the call log and the morning handover to intake. */
import type { Capability } from '../kernel/capability.ts';
import { onCallRoutes } from './routes.ts';

export const onCall: Capability = { name: 'on-call', routes: onCallRoutes };
