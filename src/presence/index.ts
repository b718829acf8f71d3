/** The presence capability's entry: what the composition root registers, its events, and what the calendar reads. */
import type { Capability } from '../kernel/capability.ts';
import { presenceRoutes } from './routes.ts';

export const presence: Capability = { name: 'presence', routes: presenceRoutes };

export { bookingMade, bookingMoved, type BookingMade, type BookingMoved } from './events.ts';
export { bookingsOf, bookingToRemind, hourOccurrencesOf, type BookedSlot, type BookingToRemind, type HourOccurrence } from './calendar-entries-repo.ts';
