/**
 * What a leader oversees: emergency accesses waiting for review, and the list of everyone
 * who accessed a child's record (the answer to a guardian's access request).
 */
import { listAccessConcerningChild, toCsv } from '../kernel/audit/access-report.ts';
import { localDate, type IsoDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { withAccess } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import type { Locale } from '../kernel/db/tables.ts';
import { csvOptionsFor } from './csv-labels.ts';
import * as repo from './repo.ts';
import { recordKindOf, type AccessReport, type EmergencyReviewList } from './schema.ts';
import { clock } from '../time/clock.ts';

const municipalityScope = (municipalityId: string) => ({ municipalityId, unitIds: [], districtIds: [] });

/** Every emergency access in the leader's municipality not yet reviewed, and the last month's reviewed ones. */
export function listEmergencyReviews(db: Db, actor: Actor): Promise<EmergencyReviewList> {
  const municipalityId = actor.municipalityId;
  return withAccess(
    db,
    actor,
    {
      permission: 'emergency.review',
      action: 'read',
      resourceType: 'emergency_review_list',
      resourceId: municipalityId,
      locate: async () => municipalityScope(municipalityId),
    },
    async (trx) => {
      const monthAgo = new Date(clock.now().getTime() - 31 * 24 * 60 * 60 * 1000);
      const rows = await repo.listEmergencyAccesses(trx, municipalityId, monthAgo);
      return {
        items: rows.map((r) => ({
          id: r.id,
          staff: { id: r.staff_id, givenName: r.given_name, familyName: r.family_name },
          role: r.role,
          unitName: r.unit_name,
          childId: r.resource_id,
          reason: r.reason,
          grantedAt: new Date(r.granted_at).toISOString(),
          expiresAt: new Date(r.expires_at).toISOString(),
          reviewDueOn: r.review_due_on,
          reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
          reviewNote: r.review_note,
        })),
      };
    },
  );
}

/** Marks an emergency access as reviewed. Reviewing twice keeps the first review. */
export function reviewEmergency(db: Db, actor: Actor, id: string, note: string): Promise<void> {
  return withAccess(
    db,
    actor,
    {
      permission: 'emergency.review',
      action: 'update',
      resourceType: 'emergency_access',
      resourceId: id,
      locate: async (trx) => {
        const municipalityId = await repo.municipalityOfEmergencyAccess(trx, id);
        return municipalityId === undefined ? undefined : municipalityScope(municipalityId);
      },
    },
    (trx) => repo.markReviewed(trx, id, { by: actor.staffId, at: clock.now(), note: note || null }),
  );
}

/**
 * Who accessed the child's data, oldest first: every audited read or write that names the
 * child — the record itself, consents, the chronology, consented consultations, pupil talks
 * linked to the child, concern reports about the child — and the reads of the registers of the
 * child's units, which list the child by name. Reading it is itself audited.
 */
export function accessReport(db: Db, actor: Actor, childId: string): Promise<AccessReport> {
  return withAccess(
    db,
    actor,
    {
      permission: 'audit.access_report',
      action: 'read',
      resourceType: 'child',
      resourceId: childId,
      childId,
      purpose: 'access report',
      locate: (trx) => repo.locateChild(trx, childId),
    },
    async (trx) => {
      const child = await repo.findChildName(trx, childId);
      const records = await listAccessConcerningChild(trx, childId, await repo.registersListing(trx, childId));
      return {
        childId,
        child: { givenName: child.given_name, familyName: child.family_name },
        events: records.map((r) => ({
          occurredAt: r.occurredAt.toISOString(),
          record: recordKindOf(r.resourceType),
          staffId: r.staffId,
          staffName: r.staffName,
          role: r.role,
          unitName: r.unitName,
          action: r.action,
          purpose: r.purpose,
          outcome: r.outcome,
          emergency: r.emergency,
        })),
      };
    },
  );
}

/**
 * The same list as a CSV file to hand to the guardian, newest first and in the words of the
 * screen; the export is audited as such. `date` is the report's day, for the file name.
 */
export async function accessReportCsv(
  db: Db,
  actor: Actor,
  childId: string,
  locale: Locale,
  { now = clock.now() }: { now?: Date } = {},
): Promise<{ csv: string; date: IsoDate }> {
  const csv = await withAccess(
    db,
    actor,
    {
      permission: 'audit.access_report',
      action: 'export',
      resourceType: 'child',
      resourceId: childId,
      childId,
      purpose: 'access report export',
      locate: (trx) => repo.locateChild(trx, childId),
    },
    async (trx) => {
      const oldestFirst = await listAccessConcerningChild(trx, childId, await repo.registersListing(trx, childId));
      return toCsv(oldestFirst.reverse(), csvOptionsFor(locale));
    },
  );
  return { csv, date: localDate(now) };
}
