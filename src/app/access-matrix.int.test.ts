/**
 * Walks every registered API route as every role, on a record inside and one outside the
 * role's scope, and checks the answer against the access list and the permission table:
 * a role without the permission gets 403, out of scope 404 (existence must not leak),
 * in scope success. A route missing from this walk fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../kernel/auth/sessions.ts';
import { fromMinutes } from '../time/clock-time.ts';
import { addDays } from '../time/dates.ts';
import { buildContent } from '../concern-reports/factories.ts';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { buildAppServer } from './server.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { csrfFor } from '../kernel/testing/sessions.ts';
import { buildMatrixWorld, ROLES, type MatrixWorld, type Place } from './matrix-fixture.ts';
import { scopeOf, type Permission } from '../kernel/policy/permissions.ts';
import { routeAccess, type RouteAccess } from '../kernel/policy/route-access.ts';
import { TEST_NOW, TEST_TODAY } from '../kernel/testing/test-clock.ts';

interface Call {
  url: string;
  body?: Record<string, unknown>;
}

/**
 * Calls that create something take a fresh time each (a new year for a planned hour, a new
 * slot for a booking), so a second role's success is not refused as a clash or a taken slot.
 */
let fresh = 0;

/** How to call each route about a given place. Every entry in routeAccess needs one. */
/** Registered consents so far: each gets its own expiry, so none is identical to another. */
let consentsRegistered = 0;

/** The pilot the evaluation's save creates at home (elsewhere no role may save it). */
const matrixPilotId = randomUUID();

const calls: Record<string, (place: Place, world: MatrixWorld) => Call> = {
  'GET /api/health': () => ({ url: '/api/health' }),
  'GET /api/health/ready': () => ({ url: '/api/health/ready' }),
  'GET /api/docs': () => ({ url: '/api/docs' }),
  'GET /api/session': () => ({ url: '/api/session' }),
  'GET /api/auth/demo/people': () => ({ url: '/api/auth/demo/people' }),
  'POST /api/auth/demo/login': () => ({ url: '/api/auth/demo/login', body: { staffId: '00000000-0000-4000-8000-000000000000' } }),
  'GET /api/auth/oidc/providers': () => ({ url: '/api/auth/oidc/providers' }),
  'GET /api/auth/oidc/:municipalityId/start': (place) => ({ url: `/api/auth/oidc/${place.municipalityId}/start` }),
  'GET /api/auth/oidc/callback': () => ({ url: '/api/auth/oidc/callback?state=x&code=y' }),
  'POST /api/auth/logout': () => ({ url: '/api/auth/logout', body: {} }),
  'POST /api/auth/logout-everywhere': () => ({ url: '/api/auth/logout-everywhere', body: {} }),
  'PUT /api/session/current-unit': (_place, world) => ({ url: '/api/session/current-unit', body: { unitId: world.home.unitId } }),
  'GET /api/organisation/municipalities': () => ({ url: '/api/organisation/municipalities' }),
  'GET /api/organisation/municipalities/:id': (place) => ({ url: `/api/organisation/municipalities/${place.municipalityId}` }),
  'GET /api/organisation/units/:id': (place) => ({ url: `/api/organisation/units/${place.unitId}` }),
  'GET /api/units/:id/register': (place) => ({ url: `/api/units/${place.unitId}/register` }),
  'GET /api/children/:id': (place) => ({ url: `/api/children/${place.childId}` }),
  'POST /api/children/lookup': (place) => ({ url: '/api/children/lookup', body: { nationalId: place.childNationalId } }),
  'POST /api/children/:id/emergency-access': (place) => ({
    url: `/api/children/${place.childId}/emergency-access`,
    body: { reason: 'Akutt: barnet er alene hjemme' },
  }),
  'GET /api/oversight/emergency-access': () => ({ url: '/api/oversight/emergency-access' }),
  'POST /api/municipalities/:id/evaluation/imported-counts': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/evaluation/imported-counts`,
    body: { content: 'unit,month,outcome,count\nNo such unit,2024-01,concern_reports,3\n', source: 'matrix.csv', dryRun: true },
  }),
  'POST /api/municipalities/:id/evaluation': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/evaluation`,
    body: { outcome: 'concern_reports', granularity: 'term', from: '2025-08-01', to: '2026-12-31', pilot: [{ unitId: place.unitId, startedOn: '2026-01-01' }] },
  }),
  'POST /api/activities': (place) => ({
    url: '/api/activities',
    body: { unitId: place.unitId, kind: 'staff_guidance', heldOn: TEST_TODAY, minutes: 45, people: 6, note: '', idempotencyKey: randomUUID() },
  }),
  'GET /api/activities/mine': () => ({ url: '/api/activities/mine' }),
  // Edits and deletes take an entry of their own from the pools, so each success finds version 1.
  'PUT /api/activities/:id': (place) => ({
    url: `/api/activities/${place.activityEditPool.pop()}`,
    body: { unitId: place.unitId, kind: 'outreach', heldOn: TEST_TODAY, minutes: 60, people: 20, note: '', version: 1 },
  }),
  'DELETE /api/activities/:id': (place) => ({ url: `/api/activities/${place.activityDeletePool.pop()}`, body: { version: 1 } }),
  'GET /api/municipalities/:id/activity-sums': (place) => ({ url: `/api/municipalities/${place.municipalityId}/activity-sums?from=2026-01-01&to=2026-12-31` }),
  'POST /api/municipalities/:id/evaluation/pdf': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/evaluation/pdf`,
    body: { outcome: 'concern_reports', granularity: 'term', from: '2025-08-01', to: '2026-12-31', pilot: [{ unitId: place.unitId, startedOn: '2026-01-01' }], locale: 'nb' },
  }),
  'GET /api/municipalities/:id/evaluation-pilots': (place) => ({ url: `/api/municipalities/${place.municipalityId}/evaluation-pilots` }),
  // The same save each time: the first creates the pilot, a repeat is what is stored and answers success unchanged.
  'PUT /api/municipalities/:id/evaluation-pilots/:pilotId': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/evaluation-pilots/${matrixPilotId}`,
    body: { name: 'Pilot', units: [{ unitId: place.unitId, startedOn: '2026-01-01' }], comparison: 'all_of_kind', comparisonUnits: [], version: 0 },
  }),
  'POST /api/oversight/emergency-access/:id/review': (place) => ({
    url: `/api/oversight/emergency-access/${place.emergencyAccessId}/review`,
    body: { note: 'Ok' },
  }),
  'GET /api/oversight/access-report/children/:id': (place) => ({ url: `/api/oversight/access-report/children/${place.childId}` }),
  'GET /api/oversight/access-report/children/:id/csv': (place) => ({
    url: `/api/oversight/access-report/children/${place.childId}/csv`,
  }),
  'GET /api/units/:id/team': (place) => ({ url: `/api/units/${place.unitId}/team` }),
  'GET /api/units/:id/team/candidates': (place) => ({ url: `/api/units/${place.unitId}/team/candidates` }),
  'GET /api/units/:id/team/meetings/:meetingId': (place) => ({ url: `/api/units/${place.unitId}/team/meetings/${place.teamMeetingId}` }),
  'PUT /api/units/:id/team/members': (place) => ({
    url: `/api/units/${place.unitId}/team/members`,
    body: { members: [{ staffId: place.teamPartnerId, roleInTeam: 'ppt' }] },
  }),
  'POST /api/units/:id/team/plan': (place) => ({
    url: `/api/units/${place.unitId}/team/plan`,
    body: { schoolYear: '2030/31', count: 6, weekday: 3, start: '13:00', end: '14:30' },
  }),
  'POST /api/units/:id/team/plan/publish': (place) => ({ url: `/api/units/${place.unitId}/team/plan/publish`, body: { schoolYear: '2026/27' } }),
  // Versioned edits take a meeting of their own from the pool, so each success finds version 1.
  'PUT /api/units/:id/team/meetings/:meetingId': (place) => ({
    url: `/api/units/${place.unitId}/team/meetings/${place.teamMeetingPool.pop()}`,
    body: { version: 1, date: '2026-10-14', start: '12:00', end: '13:00' },
  }),
  'POST /api/units/:id/team/meetings/:meetingId/agenda-items': (place) => ({
    url: `/api/units/${place.unitId}/team/meetings/${place.teamMeetingId}/agenda-items`,
    body: { kind: 'theme', text: 'Rutiner for bekymringsfravær' },
  }),
  'PUT /api/units/:id/team/meetings/:meetingId/minutes': (place) => ({
    url: `/api/units/${place.unitId}/team/meetings/${place.teamMeetingPool.pop()}/minutes`,
    body: { version: 1, minutes: 'Gjennomgått årshjulet.', held: true },
  }),
  'POST /api/units/:id/team/meetings/:meetingId/action-points': (place) => ({
    url: `/api/units/${place.unitId}/team/meetings/${place.teamMeetingId}/action-points`,
    body: { text: 'Invitere helsesykepleier', ownerStaffId: place.teamPartnerId, due: '2026-12-01' },
  }),
  'PATCH /api/units/:id/team/action-points/:actionPointId': (place) => ({
    url: `/api/units/${place.unitId}/team/action-points/${place.actionPointId}`,
    body: { status: 'done' },
  }),
  'GET /api/units/:id/consultation-hours': (place) => ({ url: `/api/units/${place.unitId}/consultation-hours` }),
  'POST /api/units/:id/consultation-hours': (place) => {
    const year = 2060 + ++fresh;
    return {
      url: `/api/units/${place.unitId}/consultation-hours`,
      body: {
        contactStaffId: place.networkContactId,
        weekday: 1,
        start: '09:00',
        end: '10:00',
        slotMinutes: 30,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      },
    };
  },
  'POST /api/bookings': (place) => ({
    url: '/api/bookings',
    body: {
      consultationHourId: place.consultationHourId,
      date: place.bookableDate,
      start: fromMinutes(8 * 60 + 5 * ++fresh),
      topic: 'wellbeing',
      purpose: 'Råd om en elev som er mye alene i friminuttene',
      idempotencyKey: randomUUID(),
    },
  }),
  'GET /api/bookings/mine': () => ({ url: '/api/bookings/mine' }),
  'POST /api/bookings/:id/cancel': (place) => ({ url: `/api/bookings/${place.bookingId}/cancel`, body: {} }),
  'POST /api/bookings/:id/move': (place) => ({
    url: `/api/bookings/${place.movableBookingId}/move`,
    body: { consultationHourId: place.consultationHourId, date: place.bookableDate, start: fromMinutes(8 * 60 + 5 * ++fresh) },
  }),
  // At home a network contact asks for their own week and a leader for theirs; far, another municipality's contact.
  'GET /api/presence/week': (place, world) => ({
    url: `/api/presence/week?contact=${place === world.home ? world.staffByRole.network_contact : place.networkContactId}`,
  }),
  'GET /api/presence/contacts': () => ({ url: '/api/presence/contacts' }),
  'GET /api/municipalities/:id/presence-settings': (place) => ({ url: `/api/municipalities/${place.municipalityId}/presence-settings` }),
  // The same save each time: after the first success it is what is stored, which answers success unchanged.
  'PUT /api/municipalities/:id/presence-settings': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/presence-settings`,
    body: { version: 0, travelMinutes: 25, pairs: [], holidays: [{ from: '2030-10-07', to: '2030-10-11', label: 'Høstferie' }] },
  }),
  'POST /api/calendar-feed': () => ({ url: '/api/calendar-feed', body: {} }),
  'DELETE /api/calendar-feed': () => ({ url: '/api/calendar-feed' }),
  'GET /api/calendar-feed': () => ({ url: '/api/calendar-feed' }),
  'GET /api/calendar/:token': () => ({ url: '/api/calendar/unknown-token-aaaaaaaaaaaaaaaa.ics' }),
  'POST /api/units/:id/pupil-mode': (place) => ({ url: `/api/units/${place.unitId}/pupil-mode`, body: {} }),
  'GET /api/pupil-mode': () => ({ url: '/api/pupil-mode' }),
  'POST /api/pupil-mode/requests': () => ({
    url: '/api/pupil-mode/requests',
    body: { firstName: 'Mia', classGroup: '6B', idempotencyKey: randomUUID() },
  }),
  'DELETE /api/pupil-mode': () => ({ url: '/api/pupil-mode' }),
  'POST /api/units/:id/pupil-requests': (place) => ({
    url: `/api/units/${place.unitId}/pupil-requests`,
    body: { firstName: 'Mia', classGroup: '6B', freeWhen: 'break', about: 'friends', idempotencyKey: randomUUID() },
  }),
  'GET /api/units/:id/pupil-talks': (place) => ({ url: `/api/units/${place.unitId}/pupil-talks` }),
  // Each success takes a request, or a talk at version 1, of its own from the pools.
  'POST /api/pupil-requests/:id/talk': (place) => ({
    url: `/api/pupil-requests/${place.pupilRequestPool.pop()}/talk`,
    body: { heldOn: TEST_TODAY, durationMinutes: 20, topic: 'friends', followUp: false, note: null },
  }),
  'GET /api/pupil-talks/:id': (place) => ({ url: `/api/pupil-talks/${place.pupilTalkId}` }),
  'PUT /api/pupil-talks/:id/notice': (place) => ({
    url: `/api/pupil-talks/${place.pupilTalkPool.pop()}/notice`,
    body: { version: 1, childId: place.childId, locale: 'nb', text: 'Eleven har snakket med nettverkskontakten om vennskap.' },
  }),
  'POST /api/pupil-talks/:id/notice/given': (place) => ({
    url: `/api/pupil-talks/${place.draftedTalkPool.pop()}/notice/given`,
    body: { version: 1, givenAt: TEST_NOW.toISOString(), how: 'phone', pupilPresent: true },
  }),
  'POST /api/pupil-talks/:id/withhold': (place) => ({
    url: `/api/pupil-talks/${place.pupilTalkPool.pop()}/withhold`,
    body: { version: 1, childId: place.childId, reason: 'Eleven forteller om vold hjemme.' },
  }),
  'GET /api/municipalities/:id/pupil-referrals': (place) => ({ url: `/api/municipalities/${place.municipalityId}/pupil-referrals` }),
  'POST /api/units/:id/consultations': (place) => ({
    url: `/api/units/${place.unitId}/consultations`,
    body: { ...consultationContent, mode: 'anonymous', childId: null, groupLabel: null, idempotencyKey: randomUUID() },
  }),
  'GET /api/units/:id/consultations': (place) => ({ url: `/api/units/${place.unitId}/consultations` }),
  'GET /api/consultations/:id': (place) => ({ url: `/api/consultations/${place.consultationId}` }),
  'PUT /api/consultations/:id': (place) => ({
    url: `/api/consultations/${place.consultationPool.pop()}`,
    body: { ...consultationContent, version: 1 },
  }),
  'GET /api/teams/mine': () => ({ url: '/api/teams/mine' }),
  'POST /api/units/:id/attendance/imports': (place) => ({
    url: `/api/units/${place.unitId}/attendance/imports`,
    body: { source: 'visma', content: 'Fødselsnummer;Dato;Time;Minutter;Fraværstype\n', dryRun: true },
  }),
  'GET /api/units/:id/attendance/flags': (place) => ({ url: `/api/units/${place.unitId}/attendance/flags` }),
  'POST /api/units/:id/attendance/flags/:flagId/handle': (place) => ({
    url: `/api/units/${place.unitId}/attendance/flags/${place.attendanceFlagId}/handle`,
    body: { note: 'Ringte hjem, møte avtalt.' },
  }),
  'POST /api/units/:id/attendance/flags/:flagId/case': (place) => ({ url: `/api/units/${place.unitId}/attendance/flags/${place.attendanceCaseFlagId}/case`, body: {} }),
  'GET /api/attendance/cases/:id': (place) => ({ url: `/api/attendance/cases/${place.attendanceCaseId}` }),
  // Each change has a case of its own at version 1: only the school's leader's call succeeds.
  'POST /api/attendance/cases/:id/steps': (place) => ({
    url: `/api/attendance/cases/${place.attendanceCaseId}/steps`,
    body: { version: 1, kind: 'meeting', what: 'Møte med foreldrene', dueOn: TEST_TODAY, reviewOn: null, idempotencyKey: randomUUID() },
  }),
  'POST /api/attendance/cases/:id/steps/:stepId/done': (place) => ({ url: `/api/attendance/cases/${place.attendanceStepCaseId}/steps/${place.attendanceStepId}/done`, body: { version: 1 } }),
  'POST /api/attendance/cases/:id/contacts': (place) => ({
    url: `/api/attendance/cases/${place.attendanceContactCaseId}/contacts`,
    body: { version: 1, contactedOn: TEST_TODAY, withWhom: 'parents', how: 'phone', outcome: 'Foreldrene tar kontakt med fastlegen.', agreed: '', idempotencyKey: randomUUID() },
  }),
  'POST /api/attendance/cases/:id/close': (place) => ({ url: `/api/attendance/cases/${place.attendanceCloseCaseId}/close`, body: { version: 1, reason: 'back_at_school', note: '' } }),
  'POST /api/attendance/cases/:id/concern-report': (place) => ({
    url: `/api/attendance/cases/${place.attendanceReportCaseId}/concern-report`,
    body: { version: 1, carry: { child: true, school: true, figures: true }, locale: 'nb', idempotencyKey: randomUUID() },
  }),
  'POST /api/attendance/cases/:id/letters': (place) => ({
    url: `/api/attendance/cases/${place.attendanceLetterCaseId}/letters`,
    body: { version: 1, kind: 'warning', body: 'Kære forældre', sentOn: TEST_TODAY, sentTo: 'Forældrene', idempotencyKey: randomUUID() },
  }),
  'POST /api/attendance/cases/:id/hearing': (place) => ({ url: `/api/attendance/cases/${place.attendanceHearingCaseId}/hearing`, body: { version: 1, parentsHeardOn: TEST_TODAY, pupilHeardOn: null } }),
  'GET /api/children/:id/consents': (place) => ({ url: `/api/children/${place.childId}/consents` }),
  'POST /api/children/:id/consents': (place) => ({
    url: `/api/children/${place.childId}/consents`,
    body: {
      guardianId: place.guardianId,
      scopes: ['consultation'],
      givenOn: TEST_TODAY,
      // A consent identical to one in force is refused: every call registers one of its own.
      expiresOn: addDays(TEST_TODAY, 100 + consentsRegistered++),
      idempotencyKey: randomUUID(),
    },
  }),
  'POST /api/consents/:id/withdraw': (place) => ({ url: `/api/consents/${place.consentId}/withdraw`, body: {} }),
  'GET /api/children/:id/chronology': (place) => ({ url: `/api/children/${place.childId}/chronology` }),
  'GET /api/concern-reports/guidance': () => ({ url: '/api/concern-reports/guidance' }),
  'POST /api/concern-reports/drafts': () => ({ url: '/api/concern-reports/drafts', body: { idempotencyKey: randomUUID() } }),
  'GET /api/concern-reports/mine': () => ({ url: '/api/concern-reports/mine' }),
  'GET /api/concern-reports/drafts/template': () => ({ url: '/api/concern-reports/drafts/template' }),
  'DELETE /api/concern-reports/drafts/:id': (place) => ({ url: `/api/concern-reports/drafts/${place.concernDeletablePool.pop()}` }),
  'GET /api/concern-reports/service-numbers': () => ({ url: '/api/concern-reports/service-numbers' }),
  'PUT /api/concern-reports/service-numbers': () => ({ url: '/api/concern-reports/service-numbers', body: { childWelfarePhone: '+47 22 00 00 00', onCallPhone: null } }),
  'POST /api/concern-reports/:id/conclusion': (place) => ({
    url: `/api/concern-reports/${place.concernConclusionPool.pop()}/conclusion`,
    body: { version: 1, kind: 'closed', concludedOn: '2001-01-02' },
  }),
  'GET /api/concern-reports/drafts/:id': (place) => ({ url: `/api/concern-reports/drafts/${place.concernDraftId}` }),
  'PUT /api/concern-reports/drafts/:id': (place) => ({
    url: `/api/concern-reports/drafts/${place.concernDraftId}`,
    body: { version: 1, content: buildContent() },
  }),
  'POST /api/concern-reports/drafts/:id/submit': (place) => ({
    url: `/api/concern-reports/drafts/${place.concernSubmittableDraftId}/submit`,
    body: { version: 1, idempotencyKey: randomUUID(), locale: 'nb' },
  }),
  'GET /api/concern-reports/drafts/:id/pdf': (place) => ({ url: `/api/concern-reports/drafts/${place.concernSentId}/pdf` }),
  'POST /api/consultations/:id/concern-report': (place) => ({
    url: `/api/consultations/${place.consultationId}/concern-report`,
    body: { carry: { child: true, category: true, description: true, advice: true, followUps: true }, locale: 'nb', idempotencyKey: randomUUID() },
  }),
  'GET /api/concern-reports/intake': () => ({ url: '/api/concern-reports/intake' }),
  'GET /api/concern-reports/deadlines': () => ({ url: '/api/concern-reports/deadlines' }),
  'GET /api/concern-reports/counts': () => ({ url: '/api/concern-reports/counts?from=2026-01-01&to=2026-12-31' }),
  'GET /api/concern-reports/:id': (place) => ({ url: `/api/concern-reports/${place.concernReportId}` }),
  // Each decision and extension takes a report of its own from the pool, so each success finds version 1.
  'POST /api/concern-reports/:id/decision': (place) => ({
    url: `/api/concern-reports/${place.concernDecisionPool.pop()}/decision`,
    body: { version: 1, kind: 'closed_after_review', reason: 'Ikke grunnlag for undersøkelse.' },
  }),
  'POST /api/concern-reports/:id/extension': (place) => ({
    url: `/api/concern-reports/${place.concernExtensionPool.pop()}/extension`,
    body: { version: 1, reason: 'Venter på sakkyndig vurdering.' },
  }),
  'GET /api/concern-reports/:id/fiks-io': (place) => ({ url: `/api/concern-reports/${place.concernReportId}/fiks-io` }),
  'POST /api/units/:id/on-call/calls': (place) => ({
    url: `/api/units/${place.onCallUnitId}/on-call/calls`,
    body: {
      municipalityId: place.municipalityId,
      receivedAt: new Date(TEST_NOW.getTime() - 3_600_000).toISOString(),
      caller: 'neighbour',
      category: 'neglect',
      responses: ['advice_by_phone'],
      placement: 'not_considered',
      placementMadeAt: null,
      minutesSpent: 20,
      summary: 'Nabo ringte om barn alene hjemme; mor kom hjem mens vi snakket.',
      followUp: false,
      workerStaffIds: [],
      idempotencyKey: randomUUID(),
    },
  }),
  'GET /api/units/:id/on-call/calls': (place) => ({ url: `/api/units/${place.onCallUnitId}/on-call/calls` }),
  'GET /api/on-call/calls/:id': (place) => ({ url: `/api/on-call/calls/${place.onCallCallId}` }),
  'POST /api/on-call/calls/:id/child': (place) => ({ url: `/api/on-call/calls/${place.onCallCallId}/child`, body: { nationalId: place.onCallChildNationalId, version: 1 } }),
  'GET /api/units/:id/on-call/handover': (place) => ({ url: `/api/units/${place.onCallUnitId}/on-call/handover` }),
  'GET /api/units/:id/on-call/overview': (place) => ({ url: `/api/units/${place.onCallUnitId}/on-call/overview?from=2026-11-01&to=2026-11-30` }),
  'GET /api/units/:id/on-call/statement': (place) => ({ url: `/api/units/${place.onCallServiceId}/on-call/statement?month=2026-11` }),
  'GET /api/units/:id/on-call/statement/pdf': (place) => ({ url: `/api/units/${place.onCallServiceId}/on-call/statement/pdf?month=2026-11&locale=nb` }),
  // The same save each time: after the first success it is what is stored, which answers success unchanged.
  'PUT /api/units/:id/on-call/statement': (place) => ({
    url: `/api/units/${place.onCallServiceId}/on-call/statement`,
    body: { month: '2026-11', version: 0, costOre: 50_000_000, key: { population: 100, calls: 0, minutes: 0 }, populations: [{ municipalityId: place.municipalityId, population: 9_000 }] },
  }),
  'POST /api/on-call/calls/:id/take-over': (place) => ({ url: `/api/on-call/calls/${place.onCallTakeOverPool.pop()}/take-over`, body: { version: 1 } }),
  'GET /api/units/:id/rota': (place) => ({ url: `/api/units/${place.rotaUnitId}/rota` }),
  'PUT /api/units/:id/rota/setup': (place) => ({
    url: `/api/units/${place.rotaUnitId}/rota/setup`,
    body: { templates: [{ id: 'night', name: 'Natt', kind: 'home_on_call', days: ['mon'], start: '20:00', end: '08:00', min: 0, wanted: 1 }], rules: {}, version: 1 },
  }),
  'PUT /api/units/:id/rota/staff/:staffId': (place) => ({
    url: `/api/units/${place.rotaUnitId}/rota/staff/${place.onCallWorkerId}`,
    body: { fte: 0.8, experienced: true, unavailableWeekdays: [1], unavailable: [], wishes: [], version: 1 },
  }),
  'POST /api/units/:id/rota/plans': (place) => ({ url: `/api/units/${place.rotaUnitId}/rota/plans`, body: { from: '2027-01-04', weeks: 4, seconds: 5, idempotencyKey: randomUUID() } }),
  'GET /api/rota/plans/:id': (place) => ({ url: `/api/rota/plans/${place.rotaPublishedPlanId}` }),
  'GET /api/rota/plans/:id/pdf': (place) => ({ url: `/api/rota/plans/${place.rotaPublishedPlanId}/pdf?lang=nn` }),
  'POST /api/rota/plans/:id/stop': (place) => ({ url: `/api/rota/plans/${place.rotaDraftPlanId}/stop`, body: {} }),
  'PUT /api/rota/plans/:id/shifts/:shift': (place) => ({ url: `/api/rota/plans/${place.rotaDraftPlanId}/shifts/${place.rotaDraftShift}`, body: { staff: [place.rotaWorkerId], version: 1 } }),
  'POST /api/rota/plans/:id/publish': (place) => ({ url: `/api/rota/plans/${place.rotaPublishPool!.pop()}/publish`, body: { version: 1 } }),
  'POST /api/rota/plans/:id/swaps': (place) => ({ url: `/api/rota/plans/${place.rotaPublishedPlanId}/swaps`, body: { shift: place.rotaWorkerShift, toStaffId: place.onCallWorkerId, idempotencyKey: randomUUID() } }),
  'POST /api/rota/swaps/:id/decision': (place) => ({ url: `/api/rota/swaps/${place.rotaSwapPool!.pop()}/decision`, body: { approve: false, version: 1 } }),
  'GET /api/rota/mine': () => ({ url: '/api/rota/mine' }),
};

/** A consultation's content that passes the anonymity guard at the fixture's units. */
const consultationContent = {
  category: 'wellbeing',
  // The server dates by its own clock: a consultation may not be dated after its today, nor a year before.
  heldOn: TEST_TODAY,
  description: 'En elev på 4. trinn er mye alene i friminuttene.',
  advice: 'Kontaktlærer følger med.',
  outcome: 'handled_by_unit',
  followUps: [],
};

/**
 * Routes about a record only one person may act on: in scope, everyone else holding the
 * permission is answered as if it were missing. The fixture's home booking is the staff role's.
 */
const onlyTheOwner: Record<string, (typeof ROLES)[number]> = {
  'POST /api/bookings/:id/cancel': 'staff',
  'POST /api/bookings/:id/move': 'staff',
  'GET /api/concern-reports/drafts/:id': 'staff',
  'PUT /api/concern-reports/drafts/:id': 'staff',
  'POST /api/concern-reports/drafts/:id/submit': 'staff',
  'GET /api/concern-reports/drafts/:id/pdf': 'staff',
  'DELETE /api/concern-reports/drafts/:id': 'staff',
  'PUT /api/activities/:id': 'network_contact',
  'DELETE /api/activities/:id': 'network_contact',
};

/**
 * Routes that read a record others hold the permission for: in scope, only those who may also
 * read it get it (the fixture's consultation was recorded by no one, so no recorder's way in).
 */
const onlyTheReaders: Record<string, Permission> = {
  'POST /api/consultations/:id/concern-report': 'consultation.read',
  // Only a child the on-call worker can open is linked; the fixture's worker has no emergency access to it.
  'POST /api/on-call/calls/:id/child': 'child.read',
};

/**
 * Routes whose answer does not depend on a record in scope: lists filtered to the actor's
 * scope, and endpoints about the actor themself, answer success inside and outside alike.
 */
const notAboutARecord = new Set([
  'GET /api/organisation/municipalities',
  'GET /api/oversight/emergency-access',
  'POST /api/auth/logout',
  'POST /api/auth/logout-everywhere',
  'PUT /api/session/current-unit',
  'GET /api/bookings/mine',
  'GET /api/activities/mine',
  'GET /api/rota/mine',
  'GET /api/teams/mine',
  'GET /api/presence/contacts',
  'GET /api/concern-reports/guidance',
  'POST /api/concern-reports/drafts',
  'GET /api/concern-reports/mine',
  'GET /api/concern-reports/drafts/template',
  'GET /api/concern-reports/service-numbers',
  'PUT /api/concern-reports/service-numbers',
  'GET /api/concern-reports/intake',
  'GET /api/concern-reports/deadlines',
  'GET /api/concern-reports/counts',
]);

/** Public routes answer by their own rules (a demo login of a non-demo id is 404, OIDC without a provider redirects). */
const publicStatus: Record<string, number> = {
  'POST /api/auth/demo/login': 404,
  'GET /api/auth/oidc/:municipalityId/start': 302,
  'GET /api/auth/oidc/callback': 302,
  // An unknown or revoked feed token is answered like a missing record.
  'GET /api/calendar/:token': 404,
  // Without a device in pupil mode there is nothing to file a request in.
  'POST /api/pupil-mode/requests': 404,
};

describeEachEngine('access matrix', (use, engine) => {
  let app: FastifyInstance;
  let world: MatrixWorld;

  beforeAll(async () => {
    const { db } = use();
    // Each engine has a database of its own: its fresh times start over (years stay in bounds).
    fresh = 0;
    world = await buildMatrixWorld(db);
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  it('lists only registered routes, and this test calls every one of them', () => {
    // The other direction, a registered route missing from the list, refuses to register at all.
    for (const key of Object.keys(routeAccess)) {
      const [method, url] = key.split(' ') as ['GET', string];
      expect(app.hasRoute({ method, url }), `${key} is not registered`).toBe(true);
      expect(calls, `no call for ${key}`).toHaveProperty([key]);
    }
  });

  for (const [key, access] of Object.entries(routeAccess)) {
    const [method] = key.split(' ') as [string];
    it(`${key} answers as the matrix says for every role`, async () => {
      const { db } = use();
      const answers: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        for (const where of ['home', 'far'] as const) {
          const token = await createSession(db, world.staffByRole[role], 'demo');
          const csrf = await csrfFor(app, token);
          const call = calls[key]!(world[where], world);
          const response = await app.inject({
            method: method as 'GET',
            url: call.url,
            cookies: { [SESSION_COOKIE]: token, ...csrf.cookies },
            headers: { 'x-csrf-token': csrf.token },
            ...(call.body ? { payload: call.body } : {}),
          });
          answers.push(`${role}/${where}: ${bucket(response.statusCode)}`);
          expected.push(`${role}/${where}: ${expectedBucket(key, access, role, where)}`);
        }
      }
      expect(answers).toEqual(expected);
    });
  }

  it('refuses every route but the public ones without a session', async () => {
    const csrf = await csrfFor(app);
    for (const [key, access] of Object.entries(routeAccess)) {
      if (access === 'public') continue;
      const [method] = key.split(' ') as [string];
      const call = calls[key]!(world.home, world);
      const response = await app.inject({
        method: method as 'GET',
        url: call.url,
        cookies: csrf.cookies,
        headers: { 'x-csrf-token': csrf.token },
        ...(call.body ? { payload: call.body } : {}),
      });
      expect(`${key}: ${response.statusCode}`).toBe(`${key}: 401`);
    }
  });

  function expectedBucket(key: string, access: RouteAccess, role: (typeof ROLES)[number], where: 'home' | 'far'): string {
    if (access === 'public') return bucket(publicStatus[key] ?? 200);
    if (access === 'authenticated') {
      // The lookup is open to all, but finds only what the role may read or open in an emergency.
      if (key === 'POST /api/children/lookup') {
        const reaches = scopeOf('child.read', role) || scopeOf('emergency.open', role);
        return where === 'home' && reaches ? 'ok' : '404';
      }
      return 'ok';
    }
    const [granting, ...askingToo] = [access as Permission | readonly Permission[]].flat();
    if (!scopeOf(granting!, role) && !askingToo.some((p) => scopeOf(p, role))) return '403';
    if (notAboutARecord.has(key)) return 'ok';
    const owner = onlyTheOwner[key];
    if (owner) return where === 'home' && role === owner ? 'ok' : '404';
    const reader = onlyTheReaders[key];
    if (reader) return where === 'home' && scopeOf(reader, role) ? 'ok' : '404';
    // Only the granting permission opens the record; the others may only ask (see route-access.ts).
    return where === 'home' && scopeOf(granting!, role) ? 'ok' : '404';
  }
});

function bucket(status: number): string {
  return status >= 200 && status < 300 ? 'ok' : String(status);
}
