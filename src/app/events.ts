/**
 * Which capability reacts to which other's events (see kernel/events.ts): the one list of side
 * effects across capabilities. Each handler runs in the transaction that published the event.
 */
import { reminderHandlers } from '../calendar/index.ts';
import { reportReceived } from '../concern-reports/index.ts';
import { loggedOutEverywhere } from '../kernel/auth/events.ts';
import { noteReportOutsideOfficeHours } from '../on-call/index.ts';
import { bookingMade, bookingMoved } from '../presence/index.ts';
import { endPupilModesOpenedBy } from '../pupil-talks/index.ts';
import { meetingMoved, meetingsPublished } from '../teams/index.ts';

export function handleEvents(): void {
  bookingMade.handle([reminderHandlers.bookingMade]);
  bookingMoved.handle([reminderHandlers.bookingMoved]);
  meetingsPublished.handle([reminderHandlers.meetingsPublished]);
  meetingMoved.handle([reminderHandlers.meetingMoved]);
  loggedOutEverywhere.handle([endPupilModesOpenedBy]);
  reportReceived.handle([noteReportOutsideOfficeHours]);
}
