/**
 * Concern reports received outside office hours, in the night's log of the on-call units that
 * cover their municipality: intake reads them the next working morning, and the on-call worker
 * should know at once that one came. Noted by the handler of the concern reports' event, in the
 * transaction that received the report; read with the night's calls (service.ts, behind the
 * policy). Only the report's id, municipality and time are kept here.
 */
import type { ReportReceived } from '../concern-reports/index.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { isOutsideOfficeHours } from './domain/office-hours.ts';

/** The handler of `reportReceived`: notes a report that arrived outside the municipality's office hours. */
export async function noteReportOutsideOfficeHours(trx: Trx, report: ReportReceived): Promise<void> {
  const municipality = await trx.selectFrom('municipality').select('country_code').where('id', '=', report.municipalityId).executeTakeFirst();
  if (!municipality || !isOutsideOfficeHours(report.receivedAt, municipality.country_code)) return;
  await trx
    .insertInto('on_call_report_notice')
    .values({ report_id: report.reportId, municipality_id: report.municipalityId, received_at: report.receivedAt })
    .onConflict((oc) => oc.column('report_id').doNothing())
    .execute();
}

/** The reports noted about the municipalities in a window, oldest first. */
export function reportNoticesOf(db: Db, municipalityIds: string[], window: { from: Date; to: Date }) {
  if (municipalityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('on_call_report_notice as n')
    .innerJoin('municipality as m', 'm.id', 'n.municipality_id')
    .select(['n.report_id as reportId', 'n.received_at as receivedAt', 'm.id as municipalityId', 'm.name as municipalityName'])
    .where('n.municipality_id', 'in', municipalityIds)
    .where('n.received_at', '>=', window.from)
    .where('n.received_at', '<', window.to)
    .orderBy('n.received_at')
    .execute();
}
