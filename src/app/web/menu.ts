/**
 * The menu of each job, its daily work first; the organisation chart stays one click away for
 * everyone. Someone with several roles gets the menus of all, the current role's first. The
 * server still checks every request: an entry here only saves a search. Fetched after login.
 */
import { activityMenu } from '../../activity/web/menu.ts';
import { attendanceMenu } from '../../attendance/web/menu.ts';
import { calendarMenu } from '../../calendar/web/menu.ts';
import { childrenMenu } from '../../children/web/menu.ts';
import { concernMenu } from '../../concern-reports/web/menu.ts';
import { consultationsMenu } from '../../consultations/web/menu.ts';
import { evaluationMenu } from '../../evaluation/web/menu.ts';
import type { Role } from '../../kernel/db/tables.ts';
import type { Menu, MenuEntry } from '../../kernel/ui/menu.ts';
import { onCallMenu } from '../../on-call/web/menu.ts';
import { organisationMenu } from '../../organisation/web/menu.ts';
import { oversightMenu } from '../../oversight/web/menu.ts';
import { presenceMenu } from '../../presence/web/menu.ts';
import { pupilTalksMenu } from '../../pupil-talks/web/menu.ts';
import { teamsMenu } from '../../teams/web/menu.ts';

const entries = {
  start: { to: () => '/', label: 'nav.start', within: [] },
  ...organisationMenu,
  ...childrenMenu,
  ...presenceMenu,
  ...teamsMenu,
  ...consultationsMenu,
  ...concernMenu,
  ...pupilTalksMenu,
  ...calendarMenu,
  ...oversightMenu,
  ...onCallMenu,
  ...evaluationMenu,
  ...attendanceMenu,
  ...activityMenu,
} satisfies Record<string, MenuEntry>;

type EntryName = keyof typeof entries;

const byRole = {
  staff: ['start', 'book', 'bookings', 'concernReports', 'pupilTalks', 'attendance', 'findChild', 'calendar', 'organisation'],
  unit_leader: ['start', 'team', 'book', 'bookings', 'consultations', 'concernReports', 'pupilTalks', 'attendance', 'calendar', 'organisation'],
  network_contact: ['start', 'week', 'consultations', 'pupilTalks', 'activity', 'concernReports', 'findChild', 'calendar', 'organisation'],
  partner: ['start', 'teams', 'calendar', 'organisation'],
  intake_worker: ['start', 'concernIntake', 'handover', 'pupilTalks', 'findChild', 'organisation'],
  on_call_worker: ['start', 'onCall', 'findChild', 'organisation'],
  leader: ['start', 'emergencyReview', 'concernDeadlines', 'concernIntake', 'handover', 'week', 'presenceSettings', 'evaluation', 'findChild', 'organisation'],
  administrator: ['start', 'presenceSettings', 'attendanceGuideline', 'serviceNumbers', 'organisation'],
} satisfies Record<Role, readonly EntryName[]>;

export const menu: Menu = { entries, byRole };
