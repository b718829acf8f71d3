import type { TeamMeeting } from '../schema.ts';

/** How a section changes the meeting shown: from the latest state, so two quick changes both count. */
export type MeetingUpdate = (meeting: TeamMeeting) => TeamMeeting;
