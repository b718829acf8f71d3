/** Rows → API shapes, with the legal clock applied at the instant of the request. */
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
    content: row.content,
    problems: checkCompleteness(row.content, country),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function childNameOf(row: ReportRow): string {
  const { child } = row.content;
  return `${child.givenName} ${child.familyName}`.trim();
}

/** The deadlines running for a received report, each with its status at `now`. */
export function deadlinesOfRow(row: ReportRow, now: Date): ApiDeadline[] {
  const country = row.country_code!;
  const investigating = opensInvestigation(row.decision);
  return deadlinesOf(country, row.received_at!, { investigating, extended: row.extension_reason !== null }).map((d) => {
    // A decision meets every deadline but the investigation's, which this capability does not close.
    const metAt = d.kind === 'investigation' ? null : row.decided_at;
    return {
      kind: d.kind,
      dueAt: d.dueAt.toISOString(),
      dueDate: d.dueDate,
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
    deadlines: deadlinesOfRow(row, now),
  };
}

export function toIntakeReport(row: ReportRow, now: Date): IntakeReport {
  return {
    ...toIntakeItem(row, now),
    content: row.content,
    reporter: { name: row.reporter_name, unitName: row.reporter_unit_name },
    feedback: feedbackOf(row.country_code!, row.decision),
  };
}
