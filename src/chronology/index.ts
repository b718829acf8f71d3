/** The chronology capability's entry: what the composition root registers, and the read other capabilities' tests check their entries in. */
import type { Capability } from '../kernel/capability.ts';
import { chronologyRoutes } from './routes.ts';

export const chronology: Capability = { name: 'chronology', routes: chronologyRoutes };

export { readChronology } from './service.ts';
