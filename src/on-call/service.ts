/**
 * Use-cases of the call log: log a call at an on-call unit, list the unit's night, read one
 * call, read a municipality's handover and take a call over. Every read and write goes through
 * withAccess (one decision, one audit event, one transaction); the audit event names the call
 * and, when one is linked, the child. A refusal found inside the access transaction is
 * returned from the work: withAccess audits the attempt as refused and throws it.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { decide } from '../kernel/policy/decide.ts';
import { findActiveEmergencyGrant } from '../kernel/policy/emergency-grants.ts';
import { clock } from '../time/clock.ts';
import { addDays, localDate, type IsoDate } from '../time/dates.ts';
import { timeZoneOf } from '../time/zone.ts';
import { isWorkingDay, nextWorkingDay } from '../time/working-days.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { checkCallTimes } from './domain/call-rules.ts';
import { handoverDateOf, handoverState, handoverWindow, HANDOVER_TIME, overdueAt } from './domain/handover.ts';
import { overviewOf } from './domain/overview.ts';
import { minutesLeft, TRIBUNAL_RULE, tribunalDeadline } from './domain/tribunal-deadline.ts';
import { queueNoonNotice } from './noon-notice.ts';
import * as repo from './repo.ts';
import { reportNoticesOf } from './report-notice-repo.ts';
import type { Call, CallList, Handover, LinkChild, NewCall, OnCallOverview, OverviewQuery } from './schema.ts';

export interface Clock {
  /** The instant of the request; tests pass their own. */
  now?: Date;
}

/**
 * Logs a call at an on-call unit. A retry with the same idempotency key returns the first call
 * (`created: false`) and logs nothing new. The one logging it is always among its workers.
 */
export async function logCall(db: Db, actor: Actor, unitId: string, input: NewCall, { now = clock.now() }: Clock = {}): Promise<{ call: Call; created: boolean }> {
  const id = (await repo.findCallIdByKey(db, input.idempotencyKey)) ?? randomUUID();
  return withAccess(
    db,
    actor,
    { permission: 'on_call.log', action: 'create', resourceType: 'on_call_call', resourceId: id, locate: (trx) => locateOnCallUnit(trx, unitId) },
    async (trx): Promise<{ call: Call; created: boolean } | RuleViolation> => {
      const earlier = await repo.findCall(trx, id);
      if (earlier) return replay(trx, earlier, unitId, now);
      const served = await repo.servedMunicipalities(trx, unitId);
      if (!served.some((m) => m.id === input.municipalityId)) return invalid('municipalityId', 'not_served');
      const receivedAt = new Date(input.receivedAt);
      const placementMadeAt = input.placement === 'made' && input.placementMadeAt ? new Date(input.placementMadeAt) : null;
      const problems = checkCallTimes({ receivedAt, placement: input.placement, placementMadeAt }, now);
      if (problems.length > 0) return invalidAll(problems.map((p) => ({ field: p.field, code: p.code })));
      const allowed = new Set((await repo.onCallWorkersOf(trx, unitId)).map((w) => w.id));
      const workers = [...new Set([actor.staffId, ...input.workerStaffIds])];
      const stranger = input.workerStaffIds.find((w) => !allowed.has(w));
      if (stranger) return invalid('workerStaffIds', 'not_a_worker');

      const inserted = await insertIdempotent(trx, {
        insert: () =>
          repo.insertCall(
            trx,
            {
              id,
              unit_id: unitId,
              municipality_id: input.municipalityId,
              received_at: receivedAt,
              caller: input.caller,
              category: input.category,
              responses: [...new Set(input.responses)],
              placement: input.placement,
              placement_made_at: placementMadeAt,
              minutes_spent: input.minutesSpent,
              summary: input.summary,
              follow_up: input.followUp,
              child_id: null,
              recorded_by_staff_id: actor.staffId,
              idempotency_key: input.idempotencyKey,
            },
            workers,
          ),
        findWinner: () => repo.findCall(trx, id),
      });
      if (!inserted.created) return replay(trx, inserted.winner, unitId, now);
      if (input.followUp) await queueNoonNotice(trx, input.municipalityId, receivedAt, served.find((m) => m.id === input.municipalityId)!.countryCode);
      return { call: (await present(trx, [(await repo.findCall(trx, id))!], now))[0]!, created: true };
    },
  );
}

/**
 * The unit's calls of one on-call day: from that day's 08:00 to the next morning's 08:00, when
 * the office takes over. Today's when no date is given (the night still running before 08:00).
 */
export function listCalls(db: Db, actor: Actor, unitId: string, date: IsoDate | undefined, { now = clock.now() }: Clock = {}): Promise<CallList> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.read', action: 'read', resourceType: 'on_call_calls', resourceId: unitId, locate: (trx) => locateOnCallUnit(trx, unitId) },
    async (trx) => {
      const municipalities = await repo.servedMunicipalities(trx, unitId);
      const zone = timeZoneOf(municipalities[0]?.countryCode ?? 'NO');
      const day = date ?? onCallDayOf(now, zone);
      const window = { from: localInstant(day, HANDOVER_TIME, zone), to: localInstant(addDays(day, 1), HANDOVER_TIME, zone) };
      const rows = await repo.listCallsOfUnit(trx, unitId, window);
      const reports = await reportNoticesOf(trx, municipalities.map((m) => m.id), window);
      // Intake's own page opens a report; whoever cannot open it there gets no link to it.
      const mayOpen = (municipalityId: string) => decide(actor, 'concern.intake', { municipalityId, unitIds: [], districtIds: [] }).allow;
      return {
        date: day,
        municipalities: municipalities.map(({ id, name }) => ({ id, name })),
        workers: await repo.onCallWorkersOf(trx, unitId),
        calls: await present(trx, rows, now),
        reports: reports.map((r) => ({
          receivedAt: new Date(r.receivedAt).toISOString(),
          municipality: { id: r.municipalityId, name: r.municipalityName },
          reportId: mayOpen(r.municipalityId) ? r.reportId : null,
        })),
      };
    },
  );
}

export function readCall(db: Db, actor: Actor, id: string, { now = clock.now() }: Clock = {}): Promise<Call> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.read', action: 'read', resourceType: 'on_call_call', resourceId: id, childId: (trx) => childOf(trx, id), locate: (trx) => repo.locateCall(trx, id) },
    async (trx) => (await present(trx, [(await repo.findCall(trx, id))!], now))[0]!,
  );
}

/**
 * The handover of one working morning to the intake of the unit's municipality: the calls
 * about it that need follow-up, received since the previous working morning, and every other
 * one nobody has taken over yet (the morning's before, the day's since), so nothing is left
 * without an owner. This morning's when no
 * date is given (the next working morning on a weekend or holiday).
 */
export function readHandover(db: Db, actor: Actor, unitId: string, date: IsoDate | undefined, { now = clock.now() }: Clock = {}): Promise<Handover> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.handover', action: 'read', resourceType: 'on_call_handover', resourceId: unitId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const municipality = (await repo.municipalityOfUnit(trx, unitId))!;
      const country = municipality.countryCode;
      const today = localDate(now, timeZoneOf(country));
      const day = date ?? (isWorkingDay(country, today) ? today : nextWorkingDay(country, today));
      const rows = await repo.listHandoverOf(trx, municipality.id, handoverWindow(day, country), now);
      return {
        date: day,
        municipality: { id: municipality.id, name: municipality.name },
        overdueAt: overdueAt(day, country).toISOString(),
        calls: await present(trx, rows, now),
      };
    },
  );
}

/** Intake takes a call over: from now it is theirs. A stale version or a call already taken answers 409. */
export async function takeOver(db: Db, actor: Actor, id: string, readVersion: number, { now = clock.now() }: Clock = {}): Promise<Call> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.handover', action: 'update', resourceType: 'on_call_call', resourceId: id, childId: (trx) => childOf(trx, id), locate: (trx) => repo.locateCall(trx, id) },
    async (trx): Promise<Call | RuleViolation> => {
      const row = (await repo.findCall(trx, id))!;
      if (!row.follow_up) return new RuleViolation(409, 'no_follow_up', 'The call needs no follow-up, so there is nothing to take over.');
      if (!(await repo.markTakenOver(trx, id, actor.staffId, readVersion, now))) return conflict();
      return (await present(trx, [(await repo.findCall(trx, id))!], now))[0]!;
    },
  );
}

/**
 * Links the child a call is about, when it is known and needed. The worker must be able to open
 * the child's record: through their role, or an emergency access they opened for that child
 * (break the glass on the child's page first). A child they cannot open is answered as missing,
 * like a number that is no one's, so the link tells nobody who is in the register.
 */
export async function linkChild(db: Db, actor: Actor, id: string, input: LinkChild, { now = clock.now() }: Clock = {}): Promise<Call> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.log', action: 'update', resourceType: 'on_call_call', resourceId: id, purpose: 'child linked to the call', childId: (trx) => childOf(trx, id), locate: (trx) => repo.locateCall(trx, id) },
    async (trx): Promise<Call | RuleViolation | NotFoundError> => {
      const child = await repo.findChildByNationalId(trx, input.nationalId);
      if (!child || !(await mayOpenChild(trx, actor, child.id))) return new NotFoundError('child');
      if (!(await repo.setChild(trx, id, child.id, input.version))) return conflict();
      return (await present(trx, [(await repo.findCall(trx, id))!], now))[0]!;
    },
  );
}

async function mayOpenChild(trx: Trx, actor: Actor, childId: string): Promise<boolean> {
  const scope = await repo.locateChild(trx, childId);
  if (scope && decide(actor, 'child.read', scope).allow) return true;
  return (await findActiveEmergencyGrant(trx, actor.staffId, 'child', childId)) !== undefined;
}

/** The on-call day an instant belongs to: before 08:00 it is still the night of the day before. */
function onCallDayOf(now: Date, zone: string): IsoDate {
  const today = localDate(now, zone);
  return now < localInstant(today, HANDOVER_TIME, zone) ? addDays(today, -1) : today;
}

/** A unit that takes calls, located for the policy; anything else is answered as missing. */
/**
 * The service's figures over a period (both days included, on its wall clock), for the leader
 * who runs it: aggregates only, small counts hidden (domain/overview.ts).
 */
export function readOverview(db: Db, actor: Actor, unitId: string, period: OverviewQuery): Promise<OnCallOverview> {
  return withAccess(
    db,
    actor,
    { permission: 'on_call.statistics', action: 'read', resourceType: 'on_call_statistics', resourceId: unitId, locate: (trx) => locateOnCallUnit(trx, unitId) },
    async (trx) => {
      const municipalities = await repo.servedMunicipalities(trx, unitId);
      const zone = timeZoneOf(municipalities[0]?.countryCode ?? 'NO');
      const window = { from: localInstant(period.from, '00:00', zone), to: localInstant(addDays(period.to, 1), '00:00', zone) };
      const workers = await repo.onCallWorkersOf(trx, unitId);
      const figures = overviewOf(await repo.callFactsOfUnit(trx, unitId, window), zone, workers.map((w) => w.id));
      return {
        unit: { id: unitId, name: await repo.unitName(trx, unitId) },
        ...period,
        ...figures,
        workers: workers.map((worker, i) => ({ ...worker, calls: figures.workers[i]!.calls, hours: figures.workers[i]!.hours })),
      };
    },
  );
}

async function locateOnCallUnit(trx: Trx, unitId: string) {
  return (await repo.findOnCallUnit(trx, unitId)) ? repo.locateUnit(trx, unitId) : undefined;
}

async function childOf(trx: Trx, id: string): Promise<string | null> {
  return (await repo.findCall(trx, id))?.child_id ?? null;
}

/** A retry of a create answers with the first call, if it was logged at the same unit. */
async function replay(trx: Trx, row: repo.CallRow, unitId: string, now: Date): Promise<{ call: Call; created: boolean } | RuleViolation> {
  if (row.unit_id !== unitId) return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key was used for another request.');
  return { call: (await present(trx, [row], now))[0]!, created: false };
}

async function present(trx: Trx, rows: repo.CallRow[], now: Date): Promise<Call[]> {
  const workers = await repo.workersOf(
    trx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const receivedAt = new Date(row.received_at);
    const takenOverAt = row.taken_over_at && new Date(row.taken_over_at);
    const madeAt = row.placement_made_at && new Date(row.placement_made_at);
    return {
      id: row.id,
      unitId: row.unit_id,
      municipality: { id: row.municipality_id, name: row.municipality_name },
      receivedAt: receivedAt.toISOString(),
      onCallDay: onCallDayOf(receivedAt, timeZoneOf(row.country_code)),
      caller: row.caller,
      category: row.category,
      responses: row.responses,
      placement: row.placement,
      placementMadeAt: madeAt ? madeAt.toISOString() : null,
      tribunal: madeAt
        ? { deadline: tribunalDeadline(madeAt).toISOString(), minutesLeft: minutesLeft(madeAt, now), hours: TRIBUNAL_RULE.hours, source: TRIBUNAL_RULE.source }
        : null,
      minutesSpent: row.minutes_spent,
      summary: row.summary,
      followUp: row.follow_up,
      workers: workers.filter((w) => w.callId === row.id).map(({ id, givenName, familyName }) => ({ id, givenName, familyName })),
      childLinked: row.child_id !== null,
      handoverDate: row.follow_up ? handoverDateOf(receivedAt, row.country_code) : null,
      handoverState: row.follow_up ? handoverState({ receivedAt, takenOverAt }, row.country_code, now) : 'not_needed',
      takenOverBy:
        row.taken_over_by_staff_id && row.taker_given_name !== null && row.taker_family_name !== null
          ? { id: row.taken_over_by_staff_id, givenName: row.taker_given_name, familyName: row.taker_family_name }
          : null,
      takenOverAt: takenOverAt ? takenOverAt.toISOString() : null,
      version: row.version,
    };
  });
}

function invalid(field: string, code: string): RuleViolation {
  return invalidAll([{ field, code }]);
}

function invalidAll(problems: { field: string; code: string }[]): RuleViolation {
  const issues = problems.map((p) => ({ path: `body/${p.field}`, code: p.code }));
  return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues });
}

function conflict(): RuleViolation {
  return new RuleViolation(409, 'conflict', 'The call was changed or taken over by someone else; reload and try again.');
}
