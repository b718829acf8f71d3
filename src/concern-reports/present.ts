/** Rows → API shapes, with the legal clock applied at the instant of the request. */
import { localInstant } from '../time/zoned-instant.ts';
import type { CountryCode } from '../kernel/db/tables.ts';
import { checkCompleteness } from './domain/completeness.ts';
import { deadlinesOf, statusOf } from './domain/deadlines.ts';
import { feedbackOf, opensInvestigation } from './domain/feedback.ts';
import type { ReportRow } from './repo.ts';
import type { ApiDeadline, Draft, IntakeItem, IntakeReport } from './schema.ts';

export function toDraft(row: ReportRow, country: CountryCode): Draft {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    fromConsultationId: row.from_consultation_id,
    country,
    content: row.content,
    problems: checkCompleteness(row.content, country),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function childNameOf(row: ReportRow): string {
  const { child } = row.content;
  return [child.givenName.trim(), child.familyName.trim()].filter(Boolean).join(' ');
}

/**
 * The deadlines running for a received report, each with its status at `now`. The decision
 * meets the review and the first feedback; the investigation is met on the date it was
 * concluded; the second feedback once the conclusion is recorded, for the reporter's view
 * shows it from then.
 */
export function deadlinesOfRow(row: ReportRow, now: Date): ApiDeadline[] {
  const country = row.country_code!;
  const investigating = opensInvestigation(row.decision);
  const state = { investigating, extended: row.extension_reason !== null, concludedOn: row.concluded_on };
  return deadlinesOf(country, row.received_at!, state).map((d) => {
    const metAt =
      d.kind === 'investigation' ? (row.concluded_on ? localInstant(row.concluded_on, '00:00') : null) : d.kind === 'second_feedback' ? row.concluded_at : row.decided_at;
    return {
      kind: d.kind,
      dueAt: d.dueAt.toISOString(),
      dueDate: d.dueDate,
      timed: d.timed,
      extended: d.extended,
      status: statusOf(d, now, metAt),
      source: d.source,
    };
  });
}

export function toIntakeItem(row: ReportRow, now: Date): IntakeItem {
  return {
    id: row.id,
    version: row.version,
    country: row.country_code!,
    receivedAt: row.received_at!.toISOString(),
    childName: childNameOf(row),
    reporterUnitName: row.reporter_unit_name,
    childNotInRegister: row.child_id === null,
    outsideReporterUnits: row.outside_reporter_units === true,
    routedFromMunicipality: row.routed_from_name,
    decision:
      row.decision && row.decided_at
        ? { kind: row.decision, reason: row.decision_reason ?? '', decidedAt: row.decided_at.toISOString() }
        : null,
    extensionReason: row.extension_reason,
    conclusion: row.conclusion && row.concluded_on ? { kind: row.conclusion, concludedOn: row.concluded_on } : null,
    deadlines: deadlinesOfRow(row, now),
  };
}

/** The whole report as intake acts on it; the child's record linked when `mayOpenChild`. */
export function toIntakeReport(row: ReportRow, now: Date, mayOpenChild: boolean): IntakeReport {
  return {
    ...toIntakeItem(row, now),
    content: row.content,
    reporter: { name: row.reporter_name, unitName: row.reporter_unit_name },
    feedback: feedbackOf(row.country_code!, row.decision, row.conclusion),
    childRecordId: mayOpenChild ? row.child_id : null,
  };
}
