/**
 * Walks every registered API route as every role, on a record inside and one outside the
 * role's scope, and compares the answers with the reviewed file access-matrix.snapshot.txt —
 * not with permissions.ts, which the server itself applies, so a wrong edit of that table
 * shows up here as a changed line to review. A role without the permission gets 403, out of
 * scope 404 (existence must not leak), in scope success. Each call is also checked to leave
 * exactly one audit event (none for a 403, or for the few routes that touch no personal data)
 * with the outcome its answer implies, and the child of the record it is about; the events'
 * record and child are pinned in the same file. A route missing from this walk fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSession } from '../kernel/auth/sessions.ts';
import { fromMinutes } from '../time/clock-time.ts';
import { addDays } from '../time/dates.ts';
import { buildContent } from '../concern-reports/factories.ts';
import { SESSION_COOKIE } from '../kernel/auth/plugin.ts';
import { buildAppServer } from './server.ts';
import type { Db } from '../kernel/db/database.ts';
import { solveSettled } from '../rota/service.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { csrfFor } from '../kernel/testing/sessions.ts';
import { buildMatrixWorld, ROLES, type MatrixWorld, type Place } from './matrix-fixture.ts';
import { routeAccess } from '../kernel/policy/route-access.ts';
import { TEST_NOW, TEST_TODAY } from '../kernel/testing/test-clock.ts';

/** A one-rule Norwegian guideline the matrix saves: more than 3 days a month, call home. */
const MATRIX_GUIDELINE = {
  id: 'own',
  dayMinutes: 330,
  rules: [
    {
      id: 'days-month',
      measure: 'days',
      window: { kind: 'calendar', period: 'month' },
      comparison: 'more_than',
      threshold: 3,
      kinds: ['sick'],
      stage: 1,
      triggers: [{ kind: 'call_home' }],
      source: { url: '', text: 'More than 3 days a month.' },
    },
  ],
};

interface Call {
  url: string;
  /** JSON, or a file sent as the body itself (an upload). */
  body?: Record<string, unknown> | { file: string; contentType: string };
}

/** A call's body as inject sends it: JSON as is, a file with its content type. */
function bodyOf(call: Call, headers: Record<string, string>) {
  if (!call.body) return { headers };
  if ('file' in call.body && typeof call.body.file === 'string') return { payload: call.body.file, headers: { ...headers, 'content-type': String(call.body.contentType) } };
  return { payload: call.body, headers };
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
    url: `/api/units/${place.unitId}/attendance/imports?source=visma&dryRun=true`,
    body: { file: 'Fødselsnummer;Dato;Time;Minutter;Fraværstype\n', contentType: 'text/csv' },
  }),
  // No rows: the call is audited and answered like a day's, and changes no other route's records.
  'POST /api/units/:id/attendance/registrations': (place) => ({
    url: `/api/units/${place.unitId}/attendance/registrations`,
    body: { idempotencyKey: randomUUID(), rows: [] },
  }),
  'GET /api/units/:id/attendance/flags': (place) => ({ url: `/api/units/${place.unitId}/attendance/flags` }),
  'GET /api/units/:id/attendance/funnel': (place) => ({ url: `/api/units/${place.unitId}/attendance/funnel?from=2026-08&to=2027-07` }),
  'GET /api/municipalities/:id/attendance/funnel': (place) => ({ url: `/api/municipalities/${place.municipalityId}/attendance/funnel?from=2026-08&to=2027-07` }),
  'POST /api/units/:id/attendance/flags/:flagId/handle': (place) => ({
    url: `/api/units/${place.unitId}/attendance/flags/${place.attendanceFlagId}/handle`,
    body: { note: 'Ringte hjem, møte avtalt.' },
  }),
  'POST /api/units/:id/attendance/flags/:flagId/case': (place) => ({ url: `/api/units/${place.unitId}/attendance/flags/${place.attendanceCaseFlagId}/case`, body: {} }),
  'GET /api/attendance/cases/:id': (place) => ({ url: `/api/attendance/cases/${place.attendanceCaseId}` }),
  'GET /api/attendance/cases/:id/people': (place) => ({ url: `/api/attendance/cases/${place.attendanceCaseId}/people` }),
  // Each change has a case of its own at version 1: only the school's leader's call succeeds.
  // The case goes to the home school's leader, who leads it (elsewhere the case is not found first).
  'PUT /api/attendance/cases/:id/coordinator': (place, world) => ({
    url: `/api/attendance/cases/${place.attendanceCoordinatorCaseId}/coordinator`,
    body: { version: 1, coordinatorId: world.staffByRole.unit_leader },
  }),
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
  'POST /api/attendance/cases/:id/consultation': (place) => ({
    url: `/api/attendance/cases/${place.attendanceConsultationCaseId}/consultation`,
    body: {
      version: 1,
      carry: { pupil: false, figures: true },
      locale: 'nb',
      heldOn: TEST_TODAY,
      description: 'Skolen ønsker råd.',
      advice: '',
      outcome: 'nothing_further',
      idempotencyKey: randomUUID(),
    },
  }),
  'POST /api/attendance/cases/:id/letters': (place) => ({
    url: `/api/attendance/cases/${place.attendanceLetterCaseId}/letters`,
    body: { version: 1, kind: 'warning', body: 'Kære forældre', sentOn: TEST_TODAY, sentTo: 'Forældrene', idempotencyKey: randomUUID() },
  }),
  'POST /api/attendance/cases/:id/hearing': (place) => ({ url: `/api/attendance/cases/${place.attendanceHearingCaseId}/hearing`, body: { version: 1, parentsHeardOn: TEST_TODAY, pupilHeardOn: null } }),
  'GET /api/municipalities/:id/attendance/guideline': (place) => ({ url: `/api/municipalities/${place.municipalityId}/attendance/guideline` }),
  // The same save each time: after the first success its key answers the saved guideline unchanged.
  'PUT /api/municipalities/:id/attendance/guideline': (place) => ({
    url: `/api/municipalities/${place.municipalityId}/attendance/guideline`,
    body: { version: 0, idempotencyKey: 'matrix-guideline-save', guideline: MATRIX_GUIDELINE },
  }),
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
 * The reviewed file this test pins the answers and audit events in (next to this file); both
 * engines compare with the same file. `npx vitest run -u src/app/access-matrix.int.test.ts`
 * rewrites it on purpose (or delete it and run the test: outside CI, Vitest writes a missing
 * file), and the change is then read in review like any change of policy.
 */
const SNAPSHOT = './access-matrix.snapshot.txt';
const SNAPSHOT_PATH = fileURLToPath(new URL(SNAPSHOT, import.meta.url));

/**
 * Routes that end the session they are called in (the others share one session per role): the
 * next call of the role then takes a new one.
 */
const endsTheSession = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-everywhere', 'POST /api/units/:id/pupil-mode']);

/**
 * Routes that reach no one's personal data, and write no audit event: the service's own state,
 * public lookups, static guidance, and settings of the caller's own session. Every other route
 * leaves exactly one event for a call that gets past the role check (see `eventsExpected`).
 */
const noPersonalData = new Set([
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/docs',
  'GET /api/session',
  'GET /api/auth/demo/people',
  'POST /api/auth/demo/login',
  'GET /api/auth/oidc/providers',
  'PUT /api/session/current-unit',
  'GET /api/organisation/municipalities',
  'GET /api/organisation/municipalities/:id',
  'GET /api/concern-reports/guidance',
  // The caller's own feed address; making and revoking it are audited.
  'GET /api/calendar-feed',
  'GET /api/calendar/:token',
  'GET /api/pupil-mode',
  'POST /api/pupil-mode/requests',
  'DELETE /api/pupil-mode',
]);

/** Calls that start a system job whose own event follows theirs: the job's name in its purpose. */
const followedByJob: Record<string, string> = {
  // The solver's answer, saved in the background once the plan has started (awaited below).
  'POST /api/units/:id/rota/plans': 'job: rota solver',
};

/** 404s audited as a refusal of the work ('refused: not_found') rather than a denial by scope. */
const refusedAsMissing: Record<string, (typeof ROLES)[number]> = {
  // The worker may log the call, but the child it names is one they may not open.
  'POST /api/on-call/calls/:id/child': 'on_call_worker',
};

/** How many events a call should leave: one for every call that got past the role check. */
function eventsExpected(key: string, answer: string): number {
  // Not logged in: nobody to name, and no event.
  if (answer === '401') return 0;
  // Refused by the route guard from the caller's roles, before any record: one event naming the route.
  if (answer === '403') return 1;
  if (noPersonalData.has(key)) return 0;
  return 1;
}

interface AuditRow {
  id: string;
  resource_type: string;
  resource_id: string | null;
  child_id: string | null;
  outcome: string;
  actor_staff_id: string | null;
  purpose: string | null;
}

type Where = 'home' | 'far';
type Role = (typeof ROLES)[number];
type Named = { where: Where | 'staff'; name: string };

describeEachEngine('access matrix', (use, engine) => {
  let app: FastifyInstance;
  let world: MatrixWorld;
  /** The fixture's ids by name, so an event's ids are written in the snapshot as the fixture names them. */
  let names: Map<string, Named>;
  /** One session per role, with its CSRF token, shared by the routes that leave it alive. */
  const sessions = new Map<Role, { token: string; csrf: Awaited<ReturnType<typeof csrfFor>> }>();
  /** The newest audit event seen: a call's events are those after it. */
  let lastEventId = '0';
  /** Each route's answers and audit events, as this engine gave them, for the snapshot. */
  const answerLines = new Map<string, string>();
  const auditLines = new Map<string, string>();

  beforeAll(async () => {
    const { db } = use();
    // Each engine has a database of its own: its fresh times start over (years stay in bounds).
    fresh = 0;
    world = await buildMatrixWorld(db);
    names = await namesOf(db, world);
    app = await buildAppServer({ db, engine, version: 'test', demo: true });
  });
  afterAll(() => app?.close());

  async function sessionOf(role: Role) {
    const kept = sessions.get(role);
    if (kept) return kept;
    const token = await createSession(use().db, world.staffByRole[role], 'demo');
    const session = { token, csrf: await csrfFor(app, token) };
    sessions.set(role, session);
    return session;
  }

  async function eventsAfter(id: string): Promise<AuditRow[]> {
    const { rows } = await sql<AuditRow>`
      select id::text as id, resource_type, resource_id, child_id, outcome, actor_staff_id, purpose
      from audit_event where id > ${id}::bigint order by id`.execute(use().db);
    return rows;
  }

  /** An id as the fixture names it: `self` for the caller, `far.childId` for a far record in a home call, `new` for one made by the call. */
  function nameOf(id: string | null, role: Role, where: Where): string {
    if (id === null) return '-';
    if (id === world.staffByRole[role]) return 'self';
    const named = names.get(id);
    if (!named) return 'new';
    return named.where === where || named.where === 'staff' ? named.name : `${named.where}.${named.name}`;
  }

  it('lists only registered routes, and this test calls every one of them', () => {
    // The other direction, a registered route missing from the list, refuses to register at all.
    for (const key of Object.keys(routeAccess)) {
      const [method, url] = key.split(' ') as ['GET', string];
      expect(app.hasRoute({ method, url }), `${key} is not registered`).toBe(true);
      expect(calls, `no call for ${key}`).toHaveProperty([key]);
    }
  });

  for (const key of Object.keys(routeAccess)) {
    const [method] = key.split(' ') as [string];
    it(`${key}: every role's answer, and one audit event per call`, async () => {
      const answers: string[] = [];
      const problems: string[] = [];
      const audited = new Map<string, Set<string>>();
      for (const role of ROLES) {
        for (const where of ['home', 'far'] as const) {
          const { token, csrf } = await sessionOf(role);
          if (endsTheSession.has(key)) sessions.delete(role);
          const place = world[where];
          const call = calls[key]!(place, world);
          const response = await app.inject({
            method: method as 'GET',
            url: call.url,
            cookies: { [SESSION_COOKIE]: token, ...csrf.cookies },
            ...bodyOf(call, { 'x-csrf-token': csrf.token }),
          });
          const answer = bucket(response.statusCode);
          // A started plan is solved in the background, which saves its answer as the caller.
          if (key === 'POST /api/units/:id/rota/plans' && answer === 'ok') await solveSettled((response.json() as { id: string }).id);
          // The events are inserted in the request's transaction, committed before it answers.
          const all = await eventsAfter(lastEventId);
          lastEventId = all.at(-1)?.id ?? lastEventId;
          const job = answer === 'ok' ? followedByJob[key] : undefined;
          const events = all.filter((event) => !(job && event.actor_staff_id === null && event.purpose === job));
          if (job && all.length - events.length !== 1) problems.push(`${key} as ${role} (${where}): ${all.length - events.length} events of ${job}, not 1`);
          answers.push(`${role}/${where}: ${answer}`);

          const cell = `${key} as ${role} (${where})`;
          const count = eventsExpected(key, answer);
          if (events.length !== count) problems.push(`${cell} answered ${answer} and left ${events.length} audit events, not ${count}`);
          const outcome = answer === 'ok' ? 'allowed' : answer === '403' ? 'denied' : answer === '404' ? (refusedAsMissing[key] === role && where === 'home' ? 'refused' : 'denied') : undefined;
          if (answer === '403' && events.some((event) => event.resource_type !== 'route' || event.resource_id !== key)) problems.push(`${cell}: a 403's event does not name the route`);
          for (const event of events) {
            if (outcome && event.outcome !== outcome) problems.push(`${cell} answered ${answer}, but its event's outcome is ${event.outcome}`);
            // The child an event names is this place's (the fixture's child, or another child of its school).
            const child = event.child_id === null ? undefined : names.get(event.child_id);
            if (child && child.where !== where) problems.push(`${cell} names a child of another place: ${nameOf(event.child_id, role, where)}`);
            if (childScoped.has(event.resource_type) && event.child_id !== place.childId) problems.push(`${cell}: a ${event.resource_type} event names child ${nameOf(event.child_id, role, where)}, not childId`);
            const record = event.resource_type === 'route' && event.resource_id === key ? 'this' : nameOf(event.resource_id, role, where);
            const described = `${event.outcome} ${event.resource_type} ${record} child=${nameOf(event.child_id, role, where)}`;
            audited.set(answer, (audited.get(answer) ?? new Set()).add(described));
          }
        }
      }
      answerLines.set(key, answerLine(key, answers));
      auditLines.set(key, auditLine(key, audited));
      expect(problems).toEqual([]);
    });
  }

  it('answers every route as the reviewed access-matrix.snapshot.txt says', async () => {
    const rendered = renderSnapshot(answerLines, auditLines);
    await expect(rendered, changedCells(rendered)).toMatchFileSnapshot(SNAPSHOT);
  });

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
        ...bodyOf(call, { 'x-csrf-token': csrf.token }),
      });
      expect(`${key}: ${response.statusCode}`).toBe(`${key}: 401`);
    }
  });

});

/** Events about a child's own record: they must name the fixture's child. */
const childScoped = new Set(['child', 'consent', 'consents', 'chronology', 'attendance_flag']);

const ROUTE_WIDTH = Math.max(...Object.keys(routeAccess).map((key) => key.length)) + 2;
const CELL_WIDTH = Math.max(...ROLES.map((role) => role.length)) + 2;

/** One route's answers, a column per role: "home/far". */
function answerLine(key: string, answers: string[]): string {
  const pairs = ROLES.map((_, i) => `${answers[2 * i]!.split(': ')[1]}/${answers[2 * i + 1]!.split(': ')[1]}`);
  return (key.padEnd(ROUTE_WIDTH) + pairs.map((pair) => pair.padEnd(CELL_WIDTH)).join('')).trimEnd();
}

/** One route's audit events by answer: "ok: allowed child childId child=childId". */
function auditLine(key: string, audited: Map<string, Set<string>>): string {
  const parts = [...audited.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([answer, events]) => `${answer}: ${[...events].sort().join(' | ')}`);
  return `${key.padEnd(ROUTE_WIDTH)}${parts.length > 0 ? parts.join(';  ') : 'none'}`;
}

function renderSnapshot(answerLines: Map<string, string>, auditLines: Map<string, string>): string {
  const keys = Object.keys(routeAccess);
  return [
    '# The access matrix, pinned: what every API route answers each role, and the audit events the calls leave.',
    '# Written by src/app/access-matrix.int.test.ts from the running server (PGlite and PostgreSQL alike);',
    '# `npx vitest run -u src/app/access-matrix.int.test.ts` rewrites it; so does deleting it and running the test.',
    '#',
    '# A CHANGE TO THIS FILE IS A CHANGE OF WHO MAY SEE WHAT, OR OF WHAT THE AUDIT LOG RECORDS: IT MUST BE',
    '# REVIEWED AS SUCH, line by line, against the roles in the README and src/kernel/policy/permissions.ts.',
    '#',
    '# Answers, home/far: home is a record at the school where each role is held (matrix-fixture.ts),',
    '# far one in another municipality. ok = 2xx; 403 = the role lacks the permission (refused before any',
    '# record is looked up); 404 = missing, out of scope or not the caller\'s own (existence does not leak);',
    '# 302 = a redirect; 401 = not logged in.',
    '',
    `${'route'.padEnd(ROUTE_WIDTH)}${ROLES.map((role) => role.padEnd(CELL_WIDTH)).join('')}`.trimEnd(),
    ...keys.map((key) => answerLines.get(key) ?? `${key.padEnd(ROUTE_WIDTH)}(not run)`),
    '',
    '# Audit events per call, by answer: outcome, resource type, the record and the child it names.',
    '# Ids as matrix-fixture.ts names them (far.x: the far place\'s x in a call at home; self: the caller;',
    '# new: a record the call made; -: none). Each call listed left exactly one event (the test checks);',
    '# a 403 leaves one naming the route\'s pattern (`route this`); routes the test lists as touching no',
    '# personal data leave none otherwise; a system job a call starts (the rota solver) leaves its own',
    '# event besides, which the test checks apart.',
    '',
    ...keys.map((key) => auditLines.get(key) ?? `${key.padEnd(ROUTE_WIDTH)}(not run)`),
    '',
  ].join('\n');
}

/** The cells that differ from the reviewed file, by route, role and place, for the failure message. */
function changedCells(rendered: string): string {
  let pinned: string;
  try {
    pinned = fs.readFileSync(SNAPSHOT_PATH, 'utf8');
  } catch {
    return 'no reviewed file yet';
  }
  // The answers' table: the lines before the audit section.
  const table = (text: string) => text.split('\n').slice(0, text.split('\n').findIndex((line) => line.startsWith('# Audit events')));
  const before = new Map(table(pinned).map((line) => [line.slice(0, ROUTE_WIDTH).trim(), line] as const));
  const changes: string[] = [];
  const split = (line: string) => line.slice(ROUTE_WIDTH).trim().split(/\s+/);
  for (const line of table(rendered)) {
    const key = line.slice(0, ROUTE_WIDTH).trim();
    const old = before.get(key);
    if (!key || key.startsWith('#') || key === 'route') continue;
    if (!old) {
      changes.push(`${key}: not in the reviewed file`);
      continue;
    }
    const [now, then] = [split(line), split(old)];
    ROLES.forEach((role, i) => {
      if (now[i] !== then[i]) changes.push(`${key} as ${role} (home/far): ${then[i]} in the reviewed file, now ${now[i]}`);
    });
  }
  return changes.length > 0 ? `Who may see what changed:\n${changes.join('\n')}` : 'the audit events changed';
}

/** The fixture's ids by the name its places and roles give them; other children by their place. */
async function namesOf(db: Db, world: MatrixWorld): Promise<Map<string, Named>> {
  const names = new Map<string, Named>();
  for (const [role, id] of Object.entries(world.staffByRole)) names.set(id, { where: 'staff', name: `staff.${role}` });
  for (const where of ['home', 'far'] as const) {
    for (const [name, value] of Object.entries(world[where])) {
      for (const id of [value].flat()) {
        if (typeof id === 'string' && !names.has(id)) names.set(id, { where, name });
      }
    }
  }
  const children = await db.selectFrom('child').select(['id', 'municipality_id']).execute();
  for (const child of children) {
    const where = child.municipality_id === world.home.municipalityId ? 'home' : 'far';
    if (!names.has(child.id)) names.set(child.id, { where, name: 'anotherChild' });
  }
  return names;
}

function bucket(status: number): string {
  return status >= 200 && status < 300 ? 'ok' : String(status);
}
