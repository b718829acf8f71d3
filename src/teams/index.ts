/** The teams capability's entry: what the composition root registers, its events, and what the calendar reads. */
import type { Capability } from '../kernel/capability.ts';
import { teamRoutes } from './routes.ts';

export const teams: Capability = { name: 'teams', routes: teamRoutes };

export { meetingMoved, meetingsPublished, type MeetingMoved, type MeetingsPublished } from './events.ts';
export { meetingsOfMember, meetingsOfMemberBetween, meetingToRemind, type MeetingSlot, type MeetingToRemind } from './calendar-entries-repo.ts';
