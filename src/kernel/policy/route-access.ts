/**
 * The declarative access list: every API route, and what it takes to call it. A route
 * that is missing here refuses to register (see auth/plugin.ts), and a test calls every
 * route as every role to check the answers match this list and permissions.ts.
 */
import type { Permission } from './permissions.ts';

/**
 * 'public': anyone; 'authenticated': any logged-in person; else the permission needed, or a
 * list of which any one lets the caller ask (the first is the one that normally grants it;
 * the service still decides on the record).
 */
export type RouteAccess = 'public' | 'authenticated' | Permission | readonly [Permission, ...Permission[]];

export const routeAccess: Record<string, RouteAccess> = {
  'GET /api/health': 'public',
  'GET /api/health/ready': 'public',
  'GET /api/docs': 'public',
  'GET /api/session': 'public',
  'GET /api/auth/demo/people': 'public',
  'POST /api/auth/demo/login': 'public',
  'GET /api/auth/oidc/providers': 'public',
  'GET /api/auth/oidc/:municipalityId/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/logout-everywhere': 'authenticated',
  'PUT /api/session/current-unit': 'authenticated',
  'GET /api/organisation/municipalities': 'organisation.read',
  'GET /api/organisation/municipalities/:id': 'organisation.read',
  'GET /api/organisation/units/:id': 'organisation.read',
  'GET /api/units/:id/register': 'child.read',
  // An on-call worker without child.read asks too: with an emergency grant the service allows it.
  'GET /api/children/:id': ['child.read', 'emergency.open'],
  'POST /api/children/lookup': 'authenticated',
  'POST /api/children/:id/emergency-access': 'emergency.open',
  'GET /api/oversight/emergency-access': 'emergency.review',
  'POST /api/municipalities/:id/evaluation': 'evaluation.read',
  'POST /api/municipalities/:id/evaluation/imported-counts': 'evaluation.import',
  'POST /api/activities': 'activity.log',
  // The caller's own entries: the service looks them up by contact, anyone else's answers 404.
  'GET /api/activities/mine': 'activity.log',
  'PUT /api/activities/:id': 'activity.log',
  'DELETE /api/activities/:id': 'activity.log',
  'GET /api/municipalities/:id/activity-sums': 'activity.statistics',
  'POST /api/municipalities/:id/evaluation/pdf': 'evaluation.read',
  'GET /api/municipalities/:id/evaluation-pilots': 'evaluation.read',
  'PUT /api/municipalities/:id/evaluation-pilots/:pilotId': 'evaluation.manage',
  'POST /api/oversight/emergency-access/:id/review': 'emergency.review',
  'GET /api/oversight/access-report/children/:id': 'audit.access_report',
  'GET /api/oversight/access-report/children/:id/csv': 'audit.access_report',
  // The caller's own teams: the service keeps only those the policy lets them read.
  'GET /api/teams/mine': 'team.read',
  'GET /api/units/:id/team': 'team.read',
  'GET /api/units/:id/team/candidates': 'team.manage',
  'GET /api/units/:id/team/meetings/:meetingId': 'team.read',
  'PUT /api/units/:id/team/members': 'team.manage',
  'POST /api/units/:id/team/plan': 'team.manage',
  'POST /api/units/:id/team/plan/publish': 'team.manage',
  'PUT /api/units/:id/team/meetings/:meetingId': 'team.manage',
  'POST /api/units/:id/team/meetings/:meetingId/agenda-items': 'team.manage',
  'PUT /api/units/:id/team/meetings/:meetingId/minutes': 'team.manage',
  'POST /api/units/:id/team/meetings/:meetingId/action-points': 'team.manage',
  'PATCH /api/units/:id/team/action-points/:actionPointId': 'team.manage',
  'GET /api/units/:id/consultation-hours': 'presence.read',
  'POST /api/units/:id/consultation-hours': 'presence.plan',
  'POST /api/bookings': 'booking.create',
  // Lists and cancels only the caller's own bookings (the service looks them up by booker).
  'GET /api/bookings/mine': 'booking.create',
  'POST /api/bookings/:id/cancel': 'booking.create',
  'POST /api/bookings/:id/move': 'booking.create',
  // One's own week; a leader's view of another contact's week takes presence.week_of_others (the service decides).
  'GET /api/concern-reports/guidance': 'concern.draft',
  // The caller's own reports: the service looks them up by reporter, anyone else's answers 404.
  'POST /api/concern-reports/drafts': 'concern.draft',
  'GET /api/concern-reports/drafts/template': 'concern.draft',
  'DELETE /api/concern-reports/drafts/:id': 'concern.draft',
  'GET /api/concern-reports/mine': 'concern.draft',
  'GET /api/concern-reports/drafts/:id': 'concern.draft',
  'PUT /api/concern-reports/drafts/:id': 'concern.draft',
  'POST /api/concern-reports/drafts/:id/submit': 'concern.draft',
  'GET /api/concern-reports/drafts/:id/pdf': 'concern.draft',
  // Staff ask too; the service lets them only for the consultation they recorded that day.
  'POST /api/consultations/:id/concern-report': 'concern.from_consultation',
  'GET /api/concern-reports/intake': 'concern.intake',
  'GET /api/concern-reports/deadlines': 'concern.deadlines',
  'GET /api/concern-reports/counts': 'concern.statistics',
  'GET /api/concern-reports/:id': 'concern.intake',
  'POST /api/concern-reports/:id/decision': 'concern.decide',
  'POST /api/concern-reports/:id/extension': 'concern.decide',
  'POST /api/concern-reports/:id/conclusion': 'concern.decide',
  'GET /api/concern-reports/service-numbers': 'concern.service_numbers',
  'PUT /api/concern-reports/service-numbers': 'concern.service_numbers',
  'GET /api/concern-reports/:id/fiks-io': 'concern.intake',
  'GET /api/presence/week': 'presence.week',
  'GET /api/presence/contacts': 'presence.plan',
  'GET /api/municipalities/:id/presence-settings': 'presence.settings',
  'PUT /api/municipalities/:id/presence-settings': 'presence.settings',
  // The caller's own calendar feed; the feed itself is read by its secret token (404 when unknown).
  'POST /api/calendar-feed': 'authenticated',
  'DELETE /api/calendar-feed': 'authenticated',
  'GET /api/calendar-feed': 'authenticated',
  'GET /api/calendar/:token': 'public',
  // Pupil mode ends the staff session on the device; the device then holds only its own token.
  'POST /api/units/:id/pupil-mode': 'pupil_request.create',
  // Read by the device's pupil-mode token (no token: null); a request needs a live token (404 otherwise) and is
  // filed under the access of the staff member who opened pupil mode.
  'GET /api/pupil-mode': 'public',
  'POST /api/pupil-mode/requests': 'public',
  // Leaving pupil mode takes a staff member logging in again first.
  'DELETE /api/pupil-mode': 'authenticated',
  'POST /api/units/:id/pupil-requests': 'pupil_request.create',
  'GET /api/units/:id/pupil-talks': 'pupil_talk.manage',
  'POST /api/pupil-requests/:id/talk': 'pupil_talk.manage',
  'GET /api/pupil-talks/:id': 'pupil_talk.manage',
  'PUT /api/pupil-talks/:id/notice': 'pupil_talk.manage',
  'POST /api/pupil-talks/:id/notice/given': 'pupil_talk.manage',
  'POST /api/pupil-talks/:id/withhold': 'pupil_talk.manage',
  'GET /api/municipalities/:id/pupil-referrals': 'pupil_referral.read',
  'POST /api/units/:id/consultations': 'consultation.record',
  'GET /api/units/:id/consultations': 'consultation.read',
  'GET /api/consultations/:id': 'consultation.read',
  'PUT /api/consultations/:id': 'consultation.edit',
  'GET /api/children/:id/consents': 'consent.manage',
  'POST /api/children/:id/consents': 'consent.manage',
  'POST /api/consents/:id/withdraw': 'consent.manage',
  'GET /api/children/:id/chronology': 'chronology.read',
  'POST /api/units/:id/on-call/calls': 'on_call.log',
  'GET /api/units/:id/on-call/calls': 'on_call.read',
  'GET /api/on-call/calls/:id': 'on_call.read',
  // Links only a child the worker can open (by role, or an emergency access to that child); any other is 404.
  'POST /api/on-call/calls/:id/child': 'on_call.log',
  'GET /api/units/:id/on-call/handover': 'on_call.handover',
  'GET /api/units/:id/on-call/overview': 'on_call.statistics',
  'GET /api/units/:id/on-call/statement': 'on_call.statistics',
  'GET /api/units/:id/on-call/statement/pdf': 'on_call.statistics',
  'PUT /api/units/:id/on-call/statement': 'on_call.cost',
  'POST /api/on-call/calls/:id/take-over': 'on_call.handover',
  'GET /api/units/:id/rota': 'rota.read',
  'PUT /api/units/:id/rota/setup': 'rota.plan',
  'PUT /api/units/:id/rota/staff/:staffId': 'rota.plan',
  'POST /api/units/:id/rota/plans': 'rota.plan',
  // A worker reads the published plan; the leader also its drafts (the service decides on the plan).
  'GET /api/rota/plans/:id': 'rota.read',
  'GET /api/rota/plans/:id/pdf': 'rota.read',
  'POST /api/rota/plans/:id/stop': 'rota.plan',
  'PUT /api/rota/plans/:id/shifts/:shift': 'rota.plan',
  'POST /api/rota/plans/:id/publish': 'rota.plan',
  'POST /api/rota/plans/:id/swaps': 'rota.swap',
  'POST /api/rota/swaps/:id/decision': 'rota.plan',
  // The caller's own shifts: looked up by their staff id.
  'GET /api/rota/mine': 'rota.swap',
  // A school's own absence file; pupils of other schools in it are refused as unknown.
  'POST /api/units/:id/attendance/imports': 'attendance.import',
  'POST /api/units/:id/attendance/registrations': 'attendance.import',
  'GET /api/units/:id/attendance/flags': 'attendance.read',
  'GET /api/units/:id/attendance/funnel': 'attendance.statistics',
  'GET /api/municipalities/:id/attendance/funnel': 'attendance.statistics',
  'POST /api/units/:id/attendance/flags/:flagId/handle': 'attendance.follow_up',
  'POST /api/units/:id/attendance/flags/:flagId/case': 'attendance.follow_up',
  'GET /api/attendance/cases/:id': 'attendance.follow_up',
  'GET /api/attendance/cases/:id/people': 'attendance.follow_up',
  'PUT /api/attendance/cases/:id/coordinator': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/steps': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/steps/:stepId/done': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/contacts': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/close': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/concern-report': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/consultation': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/hearing': 'attendance.follow_up',
  'POST /api/attendance/cases/:id/letters': 'attendance.follow_up',
  'GET /api/municipalities/:id/attendance/guideline': 'attendance.guideline',
  'PUT /api/municipalities/:id/attendance/guideline': 'attendance.guideline',
};

export function routeKey(method: string, url: string): string {
  return `${method} ${url}`;
}
