/**
 * What the concern reports capability tells others (see kernel/events.ts): a report was
 * received by a municipality's intake. The on-call service notes one received outside office
 * hours in its night's log. The payload names the report and where and when it arrived, never
 * its content or the child.
 */
import { defineEvent } from '../kernel/events.ts';

export interface ReportReceived {
  reportId: string;
  municipalityId: string;
  receivedAt: Date;
}

export const reportReceived = defineEvent<ReportReceived>();
