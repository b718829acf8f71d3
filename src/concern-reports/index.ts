/** The concern reports capability's entry: what the composition root registers, and what others read. */
import type { Capability } from '../kernel/capability.ts';
import { concernReportRoutes } from './routes.ts';

export const concernReports: Capability = { name: 'concern-reports', routes: concernReportRoutes };

/** What the chronology reads of the reports about a child, inside its own access transaction. */
export { sentReportsAboutChild, type SentReport } from './reports-about-child.ts';

/** The use-cases other capabilities' tests take a report through intake with. */
export { decide, readReceived } from './intake-service.ts';

/** What the evaluation counts, per unit and month, inside its own access transaction. */
export { countInvestigatedReportsByUnitAndMonth, countReportsByUnitAndMonth, type MonthlyCount, type MonthlyShare } from './report-counts-repo.ts';

/** A report received by a municipality's intake, published in the transaction that sends it. */
export { reportReceived, type ReportReceived } from './events.ts';

/** Starting a draft from an attendance follow-up case, inside that case's access transaction. */
export { startDraftFromAttendance, draftByCreateKey, type DraftFromAttendance } from './from-attendance.ts';
