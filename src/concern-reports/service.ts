/**
 * The reporter's side of concern reports: the assistant's guidance, drafts saved as typed
 * (optimistic locking, so a second tab cannot silently overwrite the first), submission
 * (idempotent, routed to the municipality that serves the child), and the reporter's own list
 * with the feedback the law allows. Every read and write of a report goes through withAccess.
 *
 * A refusal found inside the access transaction is returned from the work rather than thrown,
 * so the audit event of the attempt still lands, and thrown after.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../kernel/db/database.ts';
import { insertIdempotent } from '../kernel/db/idempotent.ts';
import { NotFoundError, RuleViolation } from '../kernel/errors.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { scopeOf } from '../kernel/policy/permissions.ts';
import { emptyContent, type ReportContent } from './content-schema.ts';
import { checkCompleteness, isSubmittable } from './domain/completeness.ts';
import { feedbackOf } from './domain/feedback.ts';
import { LAW } from './domain/law.ts';
import { renderReportPdf } from './pdf.ts';
import { childNameOf, toDraft } from './present.ts';
import type { UnitScope } from '../kernel/policy/locate.ts';
import * as repo from './repo.ts';
import type { Draft, DraftTemplate, Guidance, MyReports, SaveDraftRequest, SubmitRequest } from './schema.ts';
import { reportReceived } from './events.ts';
import { acuteNumbers } from './service-numbers.ts';
import { clock } from '../time/clock.ts';

/** The law of the reporter's country and the numbers to call when it is acute: always at least one. */
export async function guidance(db: Db, actor: Actor): Promise<Guidance> {
  const municipality = await repo.findMunicipality(db, actor.municipalityId);
  if (!municipality) throw new NotFoundError('municipality');
  const law = LAW[municipality.country_code];
  return {
    country: law.country,
    thresholdKey: law.duty.thresholdKey,
    timingKey: law.duty.timingKey,
    dutySource: law.duty.source,
    notReasonsToWaitKeys: [...law.notReasonsToWaitKeys],
    acuteSignKeys: [...law.acuteSignKeys],
    ...(await acuteNumbers(db, municipality)),
  };
}

/**
 * The form of a report not yet started, with the writer's own details filled in. Nothing is
 * stored: the draft is created on the first input (createDraft with its content).
 */
export function draftTemplate(db: Db, actor: Actor): Promise<DraftTemplate> {
  const unitId = draftingUnitOf(actor);
  return withAccess(
    db,
    actor,
    { permission: 'concern.draft', action: 'read', resourceType: 'concern_report_template', resourceId: actor.staffId, locate: (trx) => repo.locateUnit(trx, unitId) },
    async (trx) => {
      const country = await countryOfUnit(trx, unitId);
      const content = await ownDetails(trx, actor.staffId, unitId);
      return { country, content, problems: checkCompleteness(content, country) };
    },
  );
}

/**
 * Starts a report: with the content typed so far (the form's first input), else empty with
 * the reporter's own details filled in. A retry with the same idempotency key returns the
 * first draft (`created: false`).
 */
export async function createDraft(
  db: Db,
  actor: Actor,
  idempotencyKey: string | undefined,
  typed?: ReportContent,
): Promise<{ draft: Draft; created: boolean }> {
  const unitId = draftingUnitOf(actor);
  const id = randomUUID();
  let draftId: string = id;
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'create',
      resourceType: 'concern_report',
      resourceId: id,
      // A retry returns the draft made the first time: audited as that draft, not the id it never used.
      auditedId: () => draftId,
      childId: (trx, reportId) => repo.childOfReport(trx, reportId),
      locate: (trx) => repo.locateUnit(trx, unitId),
    },
    async (trx) => {
      const key = idempotencyKey ?? null;
      const earlier = key === null ? undefined : await repo.findReportByCreateKey(trx, key);
      if (earlier) {
        if (earlier.reporter_staff_id !== actor.staffId) return idempotencyKeyReused();
        draftId = earlier.id;
        return { draft: toDraft(earlier, await countryOfUnit(trx, unitId)), created: false };
      }
      const content = typed ?? (await ownDetails(trx, actor.staffId, unitId));
      const inserted = await insertIdempotent(trx, {
        insert: () => repo.insertDraft(trx, { id, reporterStaffId: actor.staffId, reporterUnitId: unitId, content, createKey: key }),
        findWinner: async () => (key === null ? undefined : repo.findReportByCreateKey(trx, key)),
      });
      if (!inserted.created) {
        // A concurrent retry of this very request won the race: answer with its draft.
        if (inserted.winner.reporter_staff_id !== actor.staffId) return idempotencyKeyReused();
        draftId = inserted.winner.id;
        return { draft: toDraft(inserted.winner, await countryOfUnit(trx, unitId)), created: false };
      }
      return { draft: toDraft((await repo.findReport(trx, id))!, await countryOfUnit(trx, unitId)), created: true };
    },
  );
}

/** One of the caller's own reports, draft or submitted, with its completeness problems. */
export function readOwnReport(db: Db, actor: Actor, id: string): Promise<Draft> {
  let country: 'NO' | 'DK' = 'NO';
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'read',
      resourceType: 'concern_report',
      resourceId: id,
      childId: (trx) => repo.childOfReport(trx, id),
      locate: async (trx) => {
        const scope = await repo.locateReportOfWriter(trx, id);
        if (scope) country = scope.countryCode;
        return scope;
      },
    },
    async (trx) => toDraft((await repo.findReport(trx, id))!, country),
  );
}

/** Autosave: the whole content, when the draft is still at the version the page read (else 409 conflict). */
export async function saveDraft(db: Db, actor: Actor, id: string, request: SaveDraftRequest): Promise<Draft> {
  let country: 'NO' | 'DK' = 'NO';
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'update',
      resourceType: 'concern_report',
      resourceId: id,
      childId: (trx) => repo.childOfReport(trx, id),
      locate: async (trx) => {
        const scope = await repo.locateReportOfWriter(trx, id);
        if (scope) country = scope.countryCode;
        return scope;
      },
    },
    async (trx, _grant, scope) => {
      if (scope.status !== 'draft') return notADraft();
      if (!(await repo.saveDraft(trx, id, request.version, request.content))) return conflict();
      return toDraft((await repo.findReport(trx, id))!, country);
    },
  );
}

/**
 * Submits the draft. A double click or a retry with the same idempotency key answers with the
 * report already received (`created: false`). Refuses an incomplete report (400 incomplete,
 * with the blocking problems) and a stale version (409 conflict). The report lands in the
 * intake queue of the municipality where the child is registered, else the one the reporter
 * named, else the reporter's own; a child outside the reporter's units or the register is allowed.
 */
export async function submitReport(
  db: Db,
  actor: Actor,
  id: string,
  request: SubmitRequest,
  now = clock.now(),
): Promise<{ draft: Draft; created: boolean }> {
  let reporterScope: UnitScope | undefined;
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'update',
      resourceType: 'concern_report',
      resourceId: id,
      childId: (trx) => repo.childOfReport(trx, id),
      locate: async (trx) => (reporterScope = await repo.locateReportOfWriter(trx, id)),
    },
    async (trx) => {
      const country = reporterScope!.countryCode;
      const replayOfKey = async () => {
        const earlier = await repo.findReportBySubmitKey(trx, request.idempotencyKey);
        if (!earlier) return undefined;
        return earlier.id === id ? { draft: toDraft(earlier, country), created: false } : idempotencyKeyReused();
      };
      const earlier = await replayOfKey();
      if (earlier) return earlier;
      const row = (await repo.findReport(trx, id))!;
      // Sent already: by this request's own first try if it committed a moment ago, whose answer a retry gets.
      if (row.status !== 'draft') return (await replayOfKey()) ?? new RuleViolation(409, 'already_submitted', 'The report has already been sent.');
      if (row.version !== request.version) return conflict();
      const problems = checkCompleteness(row.content, country).filter((p) => p.blocking);
      if (!isSubmittable(problems)) return new RuleViolation(400, 'incomplete', 'The report is missing required sections.', { problems });

      const nationalId = row.content.child.unborn ? '' : row.content.child.nationalId.trim();
      const child = nationalId ? await repo.findRegisterChild(trx, { nationalId }) : undefined;
      const chosen = request.municipalityId ? await repo.findMunicipality(trx, request.municipalityId) : undefined;
      if (request.municipalityId && !chosen) {
        return new RuleViolation(400, 'validation_failed', 'The request is not valid.', {
          issues: [{ path: 'body/municipalityId', code: 'unknown_municipality' }],
        });
      }
      const reporterMunicipalityId = reporterScope!.municipalityId;
      const municipalityId = child?.municipalityId ?? chosen?.id ?? reporterMunicipalityId;
      const ownUnits = new Set(actor.memberships.map((m) => m.unitId));
      const sent = await repo.markSubmitted(trx, id, request.version, {
        municipalityId,
        routedFromMunicipalityId: municipalityId === reporterMunicipalityId ? null : reporterMunicipalityId,
        childId: child?.id ?? null,
        outsideReporterUnits: child ? !child.unitIds.some((u) => ownUnits.has(u)) : false,
        locale: request.locale,
        submitKey: request.idempotencyKey,
        receivedAt: now,
      });
      if (!sent) {
        // A concurrent retry of this very request won the race (the update waited for its row lock).
        return (await replayOfKey()) ?? conflict();
      }
      await reportReceived.publish(trx, { reportId: id, municipalityId, receivedAt: now });
      return { draft: toDraft((await repo.findReport(trx, id))!, country), created: true };
    },
  );
}

/** The caller's drafts and sent reports, each sent one with the feedback generated from the decision. */
export function listMyReports(db: Db, actor: Actor): Promise<MyReports> {
  return withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'read',
      resourceType: 'own_concern_reports',
      resourceId: actor.staffId,
      // About the caller themself: in scope wherever they hold a role that drafts.
      locate: async () => ({
        municipalityId: actor.municipalityId,
        unitIds: actor.memberships.map((m) => m.unitId),
        districtIds: actor.memberships.flatMap((m) => (m.districtId ? [m.districtId] : [])),
      }),
    },
    async (trx) => ({
      reports: (await repo.listByReporter(trx, actor.staffId)).map((row) => ({
        id: row.id,
        status: row.status,
        childName: childNameOf(row),
        updatedAt: row.updated_at.toISOString(),
        receivedAt: row.received_at?.toISOString() ?? null,
        feedback: row.status === 'submitted' ? feedbackOf(row.country_code!, row.decision, row.conclusion) : null,
      })),
    }),
  );
}

/** The caller's own sent report as a PDF in the language they sent it in (409 not_submitted for a draft). */
export async function ownReportPdf(db: Db, actor: Actor, id: string): Promise<Buffer> {
  const outcome = await withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'export',
      resourceType: 'concern_report',
      resourceId: id,
      childId: (trx) => repo.childOfReport(trx, id),
      locate: (trx) => repo.locateReportOfWriter(trx, id),
    },
    async (trx) => {
      const row = (await repo.findReport(trx, id))!;
      if (row.status !== 'submitted') return new RuleViolation(409, 'not_submitted', 'Only a sent report has a PDF.');
      return { content: row.content, locale: row.reporter_locale!, receivedAt: row.received_at! };
    },
  );
  return renderReportPdf(outcome);
}

/**
 * Deletes one of the caller's own drafts, for good: a draft was never sent and nobody else
 * has seen it. A sent report cannot be deleted (404, like anyone else's).
 */
export async function deleteDraft(db: Db, actor: Actor, id: string): Promise<void> {
  await withAccess(
    db,
    actor,
    {
      permission: 'concern.draft',
      action: 'delete',
      resourceType: 'concern_report',
      resourceId: id,
      locate: (trx) => repo.locateReportOfWriter(trx, id),
    },
    async (trx, _grant, scope) => (scope.status === 'draft' ? repo.deleteDraft(trx, id, actor.staffId) : notADraft()),
  );
}

/** An empty report with the writer's name, e-mail, phone and workplace filled in. */
async function ownDetails(trx: Trx, staffId: string, unitId: string): Promise<ReportContent> {
  const [staff, unit] = await Promise.all([repo.findStaff(trx, staffId), repo.findUnitName(trx, unitId)]);
  return emptyContent({ name: `${staff.given_name} ${staff.family_name}`, email: staff.email, phone: staff.phone ?? '', workplace: unit.name });
}

/** The unit a new report is written for: the current one when it allows drafting, else the first that does. */
function draftingUnitOf(actor: Actor): string {
  const drafting = actor.memberships.filter((m) => scopeOf('concern.draft', m.role));
  const unit = drafting.find((m) => m.unitId === actor.currentUnitId) ?? drafting[0];
  if (!unit) throw new NotFoundError('unit');
  return unit.unitId;
}

async function countryOfUnit(trx: Trx, unitId: string) {
  return (await repo.locateUnit(trx, unitId))!.countryCode;
}

function conflict() {
  return new RuleViolation(409, 'conflict', 'The report was changed elsewhere; reload it.');
}

function idempotencyKeyReused() {
  return new RuleViolation(409, 'idempotency_key_reused', 'The idempotency key belongs to another request.');
}

/** A sent report answers a draft's route as not found, as it always has; the attempt is audited. */
function notADraft() {
  return new NotFoundError('concern_report');
}
