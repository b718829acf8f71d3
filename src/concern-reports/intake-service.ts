/**
 * Child welfare's side of concern reports: the municipality's intake queue with the legal
 * clock, a report's detail, the decision with its reason, the Norwegian six-month extension,
 * the Fiks IO export, the leader's deadline view and the counts for the evaluation. Every
 * read and write goes through withAccess; refusals are returned from the work and thrown after,
 * so the attempt is audited.
 */
import type { Db } from '../kernel/db/database.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import type { ResourceScope } from '../kernel/policy/decide.ts';
import { scopeOf, type Permission } from '../kernel/policy/permissions.ts';
import { suppressSmallCount, SMALL_COUNT_THRESHOLD } from '../kernel/privacy/small-count.ts';
import { localInstant } from '../time/zoned-instant.ts';
import { addDays, localDate } from '../time/dates.ts';
import { opensInvestigation } from './domain/feedback.ts';
import { toFiksMessage, type FiksMessage } from './domain/fiks-export.ts';
import { LAW } from './domain/law.ts';
import { validateFiksMessage } from './fiks-io/validate.ts';
import { deadlinesOfRow, toIntakeItem, toIntakeReport } from './present.ts';
import * as repo from './repo.ts';
import type { ConcludeRequest, Counts, DeadlineView, DecideRequest, ExtendRequest, IntakeQueue, IntakeReport } from './schema.ts';
import { clock } from '../time/clock.ts';

/** The received reports of the caller's municipality, oldest first, with deadlines at `now`. */
export function intakeQueue(db: Db, actor: Actor, now = clock.now()): Promise<IntakeQueue> {
  const scope = municipalityScope(actor, 'concern.intake');
  return withAccess(
    db,
    actor,
    { permission: 'concern.intake', action: 'read', resourceType: 'concern_intake_queue', resourceId: scope.municipalityId, locate: async () => scope },
    async (trx) => ({ reports: (await repo.listReceived(trx, scope.municipalityId)).map((row) => toIntakeItem(row, now)) }),
  );
}

/** A received report in full, as intake reads it. */
export function readReceived(db: Db, actor: Actor, id: string, now = clock.now()): Promise<IntakeReport> {
  return withAccess(
    db,
    actor,
    { permission: 'concern.intake', action: 'read', resourceType: 'concern_report', resourceId: id, childId: (trx) => repo.childOfReport(trx, id), locate: (trx) => repo.locateReceived(trx, id) },
    async (trx) => present(actor, (await repo.findReport(trx, id))!, now),
  );
}

/** Records the decision and its reason, once (409 already_decided; a stale version 409 conflict). */
export async function decide(db: Db, actor: Actor, id: string, request: DecideRequest, now = clock.now()): Promise<IntakeReport> {
  return updateReceived(db, actor, id, async (trx) => {
    const done = await repo.recordDecision(trx, id, request.version, { kind: request.kind, reason: request.reason, staffId: actor.staffId, at: now });
    const row = (await repo.findReport(trx, id))!;
    if (!done) {
      return row.decision
        ? new RuleViolation(409, 'already_decided', 'The report has already been decided.')
        : new RuleViolation(409, 'conflict', 'The report was changed elsewhere; reload it.');
    }
    return present(actor, row, now);
  });
}

/**
 * Extends the investigation to the longer span the law allows in special cases, with the
 * reason recorded. Only where the country's law has one, and only while investigating.
 */
export async function extendInvestigation(db: Db, actor: Actor, id: string, request: ExtendRequest, now = clock.now()): Promise<IntakeReport> {
  return updateReceived(db, actor, id, async (trx) => {
    const row = (await repo.findReport(trx, id))!;
    const rule = LAW[row.country_code!].deadlines.find((d) => d.kind === 'investigation');
    if (!rule?.extendedSpan || !opensInvestigation(row.decision) || row.extension_reason !== null) {
      return new RuleViolation(409, 'extension_not_allowed', 'This report has no investigation deadline to extend.');
    }
    if (!(await repo.recordExtension(trx, id, request.version, request.reason, now))) {
      return new RuleViolation(409, 'conflict', 'The report was changed elsewhere; reload it.');
    }
    return present(actor, (await repo.findReport(trx, id))!, now);
  });
}

/**
 * Records how the investigation ended (closed, or followed up with measures) and on which
 * local date: the investigation's deadline is met that day, and in Norway the clock of the
 * second feedback to the public reporter starts, who is told the outcome from now on.
 * Once, after an investigation was opened, on a date between the decision and today.
 */
export async function concludeInvestigation(db: Db, actor: Actor, id: string, request: ConcludeRequest, now = clock.now()): Promise<IntakeReport> {
  return updateReceived(db, actor, id, async (trx) => {
    const row = (await repo.findReport(trx, id))!;
    if (!opensInvestigation(row.decision) || row.conclusion !== null) {
      return new RuleViolation(409, 'conclusion_not_allowed', 'This report has no open investigation to conclude.');
    }
    if (request.concludedOn > localDate(now) || request.concludedOn < localDate(row.decided_at!)) {
      return new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: 'body/concludedOn', code: 'outside_investigation' }] });
    }
    const values = { kind: request.kind, concludedOn: request.concludedOn, staffId: actor.staffId, at: now };
    if (!(await repo.recordConclusion(trx, id, request.version, values))) {
      return new RuleViolation(409, 'conflict', 'The report was changed elsewhere; reload it.');
    }
    return present(actor, (await repo.findReport(trx, id))!, now);
  });
}

/**
 * One change to a received report by intake: the decision, the extension, the conclusion.
 * The work returns a refusal rather than throwing it, so the audit event is still written.
 */
async function updateReceived(db: Db, actor: Actor, id: string, work: (trx: Trx) => Promise<IntakeReport | RuleViolation>): Promise<IntakeReport> {
  return withAccess(
    db,
    actor,
    { permission: 'concern.decide', action: 'update', resourceType: 'concern_report', resourceId: id, childId: (trx) => repo.childOfReport(trx, id), locate: (trx) => repo.locateReceived(trx, id) },
    work,
  );
}

/** The Fiks IO message body of a Norwegian report, checked against KS's schema before it leaves. */
export async function exportFiks(db: Db, actor: Actor, id: string): Promise<FiksMessage> {
  return withAccess(
    db,
    actor,
    { permission: 'concern.intake', action: 'export', resourceType: 'concern_report', resourceId: id, childId: (trx) => repo.childOfReport(trx, id), locate: (trx) => repo.locateReceived(trx, id) },
    async (trx): Promise<FiksMessage | RuleViolation> => {
      const row = (await repo.findReport(trx, id))!;
      if (row.country_code !== 'NO') return new RuleViolation(409, 'not_norwegian', 'Only Norwegian reports go over Fiks IO.');
      const municipality = (await repo.findMunicipality(trx, row.municipality_id!))!;
      const message = toFiksMessage({ content: row.content, municipality, sentAt: row.received_at! });
      const issues = validateFiksMessage(message);
      if (issues.length > 0) return new RuleViolation(409, 'export_invalid', 'The report does not fit the Fiks IO schema.', { issues });
      return message;
    },
  );
}

/** Open deadlines near or past in the leader's municipality, soonest first; no names of children. */
export function deadlineView(db: Db, actor: Actor, now = clock.now()): Promise<DeadlineView> {
  const scope = municipalityScope(actor, 'concern.deadlines');
  return withAccess(
    db,
    actor,
    { permission: 'concern.deadlines', action: 'read', resourceType: 'concern_deadlines', resourceId: scope.municipalityId, locate: async () => scope },
    async (trx) => {
      const rows = await repo.listReceived(trx, scope.municipalityId);
      const items = rows.flatMap((row) =>
        deadlinesOfRow(row, now)
          .filter((d) => d.status === 'near' || d.status === 'past')
          .map((deadline) => ({ reportId: row.id, receivedAt: row.received_at!.toISOString(), reporterUnitName: row.reporter_unit_name, deadline })),
      );
      items.sort((a, b) => a.deadline.dueAt.localeCompare(b.deadline.dueAt));
      return { items };
    },
  );
}

/**
 * Reports received per reporting unit from `from` to `to` (local dates, both included). A
 * count below the threshold is null, and so is the total when the hidden counts together
 * are small enough to be worked out from it.
 */
export function countsPerUnit(db: Db, actor: Actor, from: string, to: string): Promise<Counts> {
  if (to < from) throw new RuleViolation(400, 'validation_failed', 'The request is not valid.', { issues: [{ path: 'querystring/to', code: 'before_from' }] });
  const scope = municipalityScope(actor, 'concern.statistics');
  return withAccess(
    db,
    actor,
    { permission: 'concern.statistics', action: 'read', resourceType: 'concern_counts', resourceId: scope.municipalityId, locate: async () => scope },
    async (trx) => {
      const rows = await repo.countReceivedByUnit(trx, scope.municipalityId, localInstant(from, '00:00'), localInstant(addDays(to, 1), '00:00'));
      const units = rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, received: suppressSmallCount(r.n) }));
      const hidden = rows.filter((r) => suppressSmallCount(r.n) === null).reduce((sum, r) => sum + r.n, 0);
      const total = rows.reduce((sum, r) => sum + r.n, 0);
      return { from, to, units, total: hidden === 0 || hidden >= SMALL_COUNT_THRESHOLD ? suppressSmallCount(total) : null };
    },
  );
}

/** The report for intake, linking the child's record where the actor may read children in the report's municipality. */
function present(actor: Actor, row: repo.ReportRow, now: Date): IntakeReport {
  const mayOpenChild = actor.memberships.some((m) => scopeOf('child.read', m.role) === 'municipality' && m.municipalityId === row.municipality_id);
  return toIntakeReport(row, now, mayOpenChild);
}

/** The municipality where the actor holds the permission: what their queue and views are about. */
function municipalityScope(actor: Actor, permission: Permission): ResourceScope {
  const membership = actor.memberships.find((m) => scopeOf(permission, m.role));
  if (!membership) throw new NotFoundError('municipality');
  return { municipalityId: membership.municipalityId, unitIds: [membership.unitId], districtIds: membership.districtId ? [membership.districtId] : [] };
}
