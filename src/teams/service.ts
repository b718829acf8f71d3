/**
 * Use-cases of a unit's cross-sector team ("På tvers") and its annual plan ("årshjul"): read
 * the team and a school year's meetings, choose the members, propose the year's meeting dates,
 * move and publish them, and keep each meeting's agenda, minutes and action points. Every read
 * and write goes through withAccess (one decision, one audit event). The rules are the pure
 * ones in teams/domain (proposeMeetingDates, carryOverActions) and time/ (the school calendar).
 *
 * A refusal found inside the access transaction is returned from the work: withAccess audits
 * the attempt as refused and throws it.
 */
import { checkConfirmation } from '../anonymity/confirmation.ts';
import { findIdentifying } from '../anonymity/guard.ts';
import { localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import { carryOverActions, proposeMeetingDates, type ActionPoint as DomainActionPoint } from './domain/annual-plan.ts';
import { isClockTime } from '../time/clock-time.ts';
import { isIsoDate } from '../time/iso-dates.ts';
import type { SchoolWeekday } from '../time/recurrence.ts';
import { closureOn, type SchoolCalendar } from '../time/school-calendar.ts';
import { isSchoolYear, schoolYearOf, schoolYearRange, type SchoolYear } from '../time/school-year.ts';
import { meetingMoved, meetingsPublished } from './events.ts';
import * as repo from './repo.ts';
import * as writes from './meeting-writes-repo.ts';
import type {
  ActionPoint,
  ActionPointRequest,
  AdjustMeetingRequest,
  AgendaItem,
  AgendaItemRequest,
  MeetingDetail,
  MeetingList,
  MinutesRequest,
  MinutesResult,
  Proposal,
  ProposePlanRequest,
  PutMembersRequest,
  RoleInTeam,
  Team,
  TeamMeeting,
  TeamMember,
} from './schema.ts';
import { clock } from '../time/clock.ts';
import { registerNamesOfUnit } from '../anonymity/register-names-repo.ts';

/** The team and the meetings of a school year (the current one by default). */
export function readTeam(db: Db, actor: Actor, unitId: string, schoolYear?: string, now = clock.now()): Promise<Team> {
  const year = schoolYear ?? schoolYearOf(localDate(now));
  if (!isSchoolYear(year)) throw invalid([{ path: 'querystring/schoolYear', code: 'bad_school_year' }]);
  return withAccess(
    db,
    actor,
    { permission: 'team.read', action: 'read', resourceType: 'team', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx, _grant, scope) => {
      const [members, rows] = await Promise.all([repo.listMembers(trx, unitId), repo.listMeetings(trx, unitId, year)]);
      return {
        unitId,
        schoolYear: year,
        members: members.map(toMember),
        meetings: await meetingsOf(trx, rows),
        canManage: decide(actor, 'team.manage', scope).allow,
      };
    },
  );
}

/** One meeting with its agenda, minutes and action points, the team, and the meetings before and after it. */
export function readMeeting(db: Db, actor: Actor, unitId: string, meetingId: string): Promise<MeetingDetail> {
  return withAccess(
    db,
    actor,
    {
      permission: 'team.read',
      action: 'read',
      resourceType: 'team_meeting',
      resourceId: meetingId,
      locate: (trx) => repo.locateMeeting(trx, unitId, meetingId),
    },
    async (trx, _grant, scope) => {
      const row = await repo.findMeeting(trx, meetingId);
      const [members, neighbours, [meeting]] = await Promise.all([
        repo.listMembers(trx, unitId),
        repo.findNeighbours(trx, unitId, row),
        meetingsOf(trx, [row]),
      ]);
      return {
        unitId,
        meeting: meeting!,
        members: members.map(toMember),
        ...neighbours,
        canManage: decide(actor, 'team.manage', scope).allow,
      };
    },
  );
}

/** The people who may be chosen for the team, each with the role they would have on it. */
export function listCandidates(db: Db, actor: Actor, unitId: string): Promise<TeamMember[]> {
  return withAccess(
    db,
    actor,
    { permission: 'team.manage', action: 'read', resourceType: 'team_candidates', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx, _grant, scope) => {
      const rows = await repo.listCandidates(trx, scope.municipalityId, unitId);
      const candidates = new Map<string, TeamMember>();
      for (const row of rows) {
        const roleInTeam: RoleInTeam = row.kind === 'family_centre' || row.kind === 'child_welfare' || row.kind === 'ppt' ? row.kind : 'leader';
        candidates.set(`${row.id} ${roleInTeam}`, { staff: { id: row.id, givenName: row.given_name, familyName: row.family_name }, roleInTeam });
      }
      return [...candidates.values()];
    },
  );
}

/**
 * Sets the team: the unit's leader (a unit leader of this unit) and partners from the family
 * centre, child welfare and PPT (people working in a unit of that kind in the municipality).
 */
export function putMembers(db: Db, actor: Actor, unitId: string, request: PutMembersRequest): Promise<TeamMember[]> {
  return withAccess(
    db,
    actor,
    { permission: 'team.manage', action: 'update', resourceType: 'team', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx, _grant, scope) => {
      const eligibility = await repo.listEligibility(
        trx,
        scope.municipalityId,
        request.members.map((m) => m.staffId),
      );
      const issues = request.members.flatMap((member, index) => {
        const rows = eligibility.filter((e) => e.staff_id === member.staffId);
        const fits =
          member.roleInTeam === 'leader'
            ? rows.some((e) => e.unit_id === unitId && e.role === 'unit_leader')
            : rows.some((e) => e.kind === member.roleInTeam);
        return fits ? [] : [{ path: `body/members/${index}`, code: `not_${member.roleInTeam}` }];
      });
      if (issues.length > 0) return invalid(issues);
      const unique = [...new Map(request.members.map((m) => [`${m.staffId} ${m.roleInTeam}`, m])).values()];
      await repo.replaceMembers(trx, unitId, unique);
      return (await repo.listMembers(trx, unitId)).map(toMember);
    },
  );
}

/**
 * Proposes `count` meeting dates for a school year on the preferred weekday, avoiding weekends,
 * public holidays and the municipality's school holidays, between `from` and `to` when given. Replaces an earlier proposal for the
 * year; refused once any of the year's meetings is published or held, or carries action points.
 * A short window fits fewer meetings (one a week): the answer says how many were asked for, and
 * a window with no meeting day at all is refused, leaving an earlier proposal as it was.
 */
export function proposePlan(db: Db, actor: Actor, unitId: string, request: ProposePlanRequest): Promise<Proposal> {
  const issues = [
    ...(isSchoolYear(request.schoolYear) ? [] : [{ path: 'body/schoolYear', code: 'bad_school_year' }]),
    ...timeIssues(request.start, request.end),
  ];
  if (issues.length > 0) throw invalid(issues);
  const schoolYear = request.schoolYear as SchoolYear;
  const range = schoolYearRange(schoolYear);
  const within = { from: request.from ?? range.from, to: request.to ?? range.to };
  const windowIssues = (['from', 'to'] as const).flatMap((field) => {
    if (!isIsoDate(within[field])) return [{ path: `body/${field}`, code: 'bad_date' }];
    if (within[field] < range.from || within[field] > range.to) return [{ path: `body/${field}`, code: 'outside_school_year' }];
    return [];
  });
  if (windowIssues.length === 0 && within.to < within.from) windowIssues.push({ path: 'body/to', code: 'to_before_from' });
  if (windowIssues.length > 0) throw invalid(windowIssues);
  return withAccess(
    db,
    actor,
    { permission: 'team.manage', action: 'create', resourceType: 'team_plan', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx, _grant, scope) => {
      const existing = await repo.listMeetings(trx, unitId, schoolYear);
      if (existing.some((m) => m.status !== 'proposed')) {
        return new RuleViolation(409, 'plan_published', 'The plan for the school year is already published.');
      }
      const ids = existing.map((m) => m.id);
      if ((await repo.listActionPoints(trx, ids)).length > 0) {
        return new RuleViolation(409, 'plan_has_action_points', 'A proposed meeting already has action points.');
      }
      const calendar = await calendarOf(trx, scope);
      const proposed = proposeMeetingDates(
        calendar,
        schoolYear,
        { weekday: request.weekday as SchoolWeekday, start: request.start, end: request.end },
        request.count,
        within,
      );
      if (proposed.length === 0) {
        return new RuleViolation(400, 'no_meeting_day', 'No meeting day falls in the chosen window.');
      }
      await writes.deleteMeetings(trx, ids);
      await writes.insertMeetings(trx, unitId, schoolYear, proposed);
      const meetings = await meetingsOf(trx, await repo.listMeetings(trx, unitId, schoolYear));
      return { meetings, requested: request.count, proposed: proposed.length };
    },
  );
}

/** Publishes the school year's proposed meetings; the ones already published or held stay as they are. */
export function publishPlan(db: Db, actor: Actor, unitId: string, schoolYear: string): Promise<MeetingList> {
  if (!isSchoolYear(schoolYear)) throw invalid([{ path: 'body/schoolYear', code: 'bad_school_year' }]);
  return withAccess(
    db,
    actor,
    { permission: 'team.manage', action: 'update', resourceType: 'team_plan', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const meetingIds = await writes.publishProposedMeetings(trx, unitId, schoolYear);
      await meetingsPublished.publish(trx, { meetingIds });
      return { meetings: await meetingsOf(trx, await repo.listMeetings(trx, unitId, schoolYear)) };
    },
  );
}

/**
 * Moves a meeting to another date or time within its school year, on an open day. The caller
 * names the version it read: a stale one is refused with 409 conflict and nothing changes.
 */
export function adjustMeeting(db: Db, actor: Actor, unitId: string, meetingId: string, request: AdjustMeetingRequest): Promise<TeamMeeting> {
  const issues = [...(isIsoDate(request.date) ? [] : [{ path: 'body/date', code: 'bad_date' }]), ...timeIssues(request.start, request.end)];
  if (issues.length > 0) throw invalid(issues);
  return withAccess(
    db,
    actor,
    {
      permission: 'team.manage',
      action: 'update',
      resourceType: 'team_meeting',
      resourceId: meetingId,
      locate: (trx) => repo.locateMeeting(trx, unitId, meetingId),
    },
    async (trx, _grant, scope) => {
      const meeting = await repo.findMeeting(trx, meetingId);
      if (meeting.version !== request.version) return conflict();
      if (meeting.status === 'held') return new RuleViolation(409, 'meeting_held', 'A held meeting cannot be moved.');
      const range = schoolYearRange(meeting.school_year as SchoolYear);
      if (request.date < range.from || request.date > range.to) {
        return invalid([{ path: 'body/date', code: 'outside_school_year' }]);
      }
      const closure = closureOn(await calendarOf(trx, scope), request.date);
      if (closure) return new RuleViolation(400, 'closed_day', 'Schools are closed on that day.', { closure });
      const moved = await writes.moveMeeting(trx, meetingId, request.version, request);
      // Someone else's edit committed between our read and our write.
      if (!moved) return conflict();
      // Told inside the transaction: what others keep about the meeting (a reminder) moves with it.
      await meetingMoved.publish(trx, { meetingId, date: request.date });
      return oneMeeting(trx, meetingId);
    },
  );
}

/** Adds an item to a meeting's agenda; an anonymous case is refused when the guard finds something identifying. */
export function addAgendaItem(db: Db, actor: Actor, unitId: string, meetingId: string, request: AgendaItemRequest): Promise<AgendaItem> {
  const anonymous = request.kind === 'anonymous_case';
  const confirmation = anonymous ? checkConfirmation([{ field: 'text', text: request.text }], request.anonymityConfirmed) : null;
  return withAccess(
    db,
    actor,
    {
      permission: 'team.manage',
      action: 'create',
      purpose: confirmation?.auditPurpose,
      resourceType: 'agenda_item',
      resourceId: meetingId,
      locate: (trx) => repo.locateMeeting(trx, unitId, meetingId),
    },
    async (trx) => {
      if (anonymous) {
        const findings = findIdentifying(request.text, { names: await registerNamesOfUnit(trx, unitId) });
        if (findings.length > 0) {
          return new RuleViolation(400, 'identifying_text', 'An anonymous case must not identify a child.', {
            // Kinds and spans only: the identifying text itself is not echoed back.
            findings: findings.map(({ kind, start, end }) => ({ kind, start, end })),
          });
        }
        if (confirmation?.refusal) return confirmation.refusal;
      }
      const key = request.idempotencyKey ?? null;
      const earlier = key === null ? undefined : await repo.findAgendaItemByKey(trx, key);
      if (earlier) return earlier.meeting_id === meetingId ? toAgendaItem(earlier) : keyReused();
      const row = await writes.insertAgendaItem(trx, { meetingId, kind: request.kind, text: request.text, idempotencyKey: key });
      // A concurrent request with the same key won the insert; answer with its row.
      const added = row ?? (await repo.findAgendaItemByKey(trx, key!));
      return added && added.meeting_id === meetingId ? toAgendaItem(added) : keyReused();
    },
  );
}

/**
 * Writes a meeting's minutes and, with `held`, marks it held. When it becomes held, its open
 * action points are carried to the unit's next meeting not yet held, in the same transaction.
 */
export function writeMinutes(db: Db, actor: Actor, unitId: string, meetingId: string, request: MinutesRequest): Promise<MinutesResult> {
  return withAccess(
    db,
    actor,
    {
      permission: 'team.manage',
      action: 'update',
      resourceType: 'team_meeting',
      resourceId: meetingId,
      locate: (trx) => repo.locateMeeting(trx, unitId, meetingId),
    },
    async (trx) => {
      const meeting = await repo.findMeeting(trx, meetingId);
      if (meeting.version !== request.version) return conflict();
      const becomesHeld = request.held && meeting.status !== 'held';
      if (becomesHeld && meeting.status !== 'published') {
        return new RuleViolation(409, 'not_published', 'Only a published meeting can be held.');
      }
      const written = await writes.writeMinutes(trx, meetingId, request.version, request.minutes, becomesHeld);
      if (!written) return conflict();
      const carriedOver = becomesHeld ? await carryOver(trx, meeting) : null;
      return { meeting: await oneMeeting(trx, meetingId), carriedOver };
    },
  );
}

async function carryOver(trx: Trx, meeting: { id: string; unit_id: string; date: string; start_time: string }) {
  const next = await repo.findNextMeeting(trx, meeting.unit_id, meeting);
  if (!next) return null;
  const previous: DomainActionPoint[] = (await repo.listActionPoints(trx, [meeting.id])).map((a) => ({
    id: a.id,
    text: a.text,
    owner: a.owner_id,
    due: a.due_date,
    status: a.status === 'open' ? 'open' : 'closed',
  }));
  const carried = carryOverActions(previous, next.id);
  if (carried.length === 0) return null;
  await writes.insertCarriedActionPoints(trx, carried);
  return { toMeetingId: next.id, count: carried.length };
}

/** Adds an action point with an owner from the team and a due date. */
export function addActionPoint(db: Db, actor: Actor, unitId: string, meetingId: string, request: ActionPointRequest): Promise<ActionPoint> {
  if (!isIsoDate(request.due)) throw invalid([{ path: 'body/due', code: 'bad_date' }]);
  return withAccess(
    db,
    actor,
    {
      permission: 'team.manage',
      action: 'create',
      resourceType: 'action_point',
      resourceId: meetingId,
      locate: (trx) => repo.locateMeeting(trx, unitId, meetingId),
    },
    async (trx) => {
      if (!(await repo.isMember(trx, unitId, request.ownerStaffId))) {
        return invalid([{ path: 'body/ownerStaffId', code: 'not_in_team' }]);
      }
      const key = request.idempotencyKey ?? null;
      const earlier = key === null ? undefined : await repo.findActionPointByKey(trx, key);
      if (earlier) return earlier.meeting_id === meetingId ? oneActionPoint(trx, earlier.id) : keyReused();
      const row = await writes.insertActionPoint(trx, {
        meetingId,
        text: request.text,
        ownerStaffId: request.ownerStaffId,
        due: request.due,
        idempotencyKey: key,
      });
      // A concurrent request with the same key won the insert; answer with its row.
      const added = row ?? (await repo.findActionPointByKey(trx, key!));
      return added && added.meeting_id === meetingId ? oneActionPoint(trx, added.id) : keyReused();
    },
  );
}

/** Marks an action point done, or open again. */
export function setActionPointStatus(db: Db, actor: Actor, unitId: string, actionPointId: string, status: 'open' | 'done'): Promise<ActionPoint> {
  return withAccess(
    db,
    actor,
    {
      permission: 'team.manage',
      action: 'update',
      resourceType: 'action_point',
      resourceId: actionPointId,
      locate: (trx) => repo.locateActionPoint(trx, unitId, actionPointId),
    },
    async (trx) => {
      await writes.setActionPointStatus(trx, actionPointId, status);
      return oneActionPoint(trx, actionPointId);
    },
  );
}

async function calendarOf(trx: Trx, scope: repo.UnitScope): Promise<SchoolCalendar> {
  return { country: scope.countryCode, holidays: await repo.listSchoolHolidays(trx, scope.municipalityId) };
}

async function meetingsOf(trx: Trx, rows: repo.MeetingRow[]): Promise<TeamMeeting[]> {
  const ids = rows.map((r) => r.id);
  const [agenda, actions] = await Promise.all([repo.listAgendaItems(trx, ids), repo.listActionPoints(trx, ids)]);
  return rows.map((r) => ({
    id: r.id,
    schoolYear: r.school_year,
    date: r.date,
    start: r.start_time,
    end: r.end_time,
    status: r.status,
    minutes: r.minutes,
    version: r.version,
    agendaItems: agenda.filter((a) => a.meeting_id === r.id).map(({ id, kind, text }) => ({ id, kind, text })),
    actionPoints: actions.filter((a) => a.meeting_id === r.id).map(toActionPoint),
  }));
}

async function oneMeeting(trx: Trx, meetingId: string): Promise<TeamMeeting> {
  const [meeting] = await meetingsOf(trx, [await repo.findMeeting(trx, meetingId)]);
  return meeting!;
}

async function oneActionPoint(trx: Trx, actionPointId: string): Promise<ActionPoint> {
  const meetingId = await repo.findMeetingOfActionPoint(trx, actionPointId);
  const row = (await repo.listActionPoints(trx, [meetingId])).find((a) => a.id === actionPointId);
  return toActionPoint(row!);
}

function toMember(row: Awaited<ReturnType<typeof repo.listMembers>>[number]): TeamMember {
  return { staff: { id: row.id, givenName: row.given_name, familyName: row.family_name }, roleInTeam: row.role_in_team };
}

/** An action point row as the API shows it. */
export function toActionPoint(row: repo.ActionPointRow): ActionPoint {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    text: row.text,
    owner: { id: row.owner_id, givenName: row.owner_given_name, familyName: row.owner_family_name },
    due: row.due_date,
    status: row.status,
    carriedFromId: row.carried_from_id,
    carriedFromDate: row.carried_from_date,
  };
}

function timeIssues(start: string, end: string) {
  const issues: { path: string; code: string }[] = [];
  if (!isClockTime(start)) issues.push({ path: 'body/start', code: 'bad_time' });
  if (!isClockTime(end)) issues.push({ path: 'body/end', code: 'bad_time' });
  if (issues.length === 0 && end <= start) issues.push({ path: 'body/end', code: 'end_before_start' });
  return issues;
}

function invalid(issues: { path: string; code: string }[]): RuleViolation {
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
}

function keyReused(): RuleViolation {
  return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
}

function toAgendaItem(row: { id: string; kind: AgendaItem['kind']; text: string }): AgendaItem {
  return { id: row.id, kind: row.kind, text: row.text };
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The meeting was changed by someone else; reload and try again.');
}
