/**
 * The concern reports sent about a child in the register, for the chronology (src/chronology/),
 * which decides what each reader may know of them. A hand-entered child is not linked to the
 * register and has none. It runs inside the reader's own access transaction, which makes the
 * one decision and writes the one audit event; this neither checks nor audits.
 */
import type { CountryCode } from '../kernel/db/tables.ts';
import type { Trx } from '../kernel/policy/access.ts';
import type { DecisionKind } from './domain/feedback.ts';
import * as repo from './repo.ts';

export interface SentReport {
  id: string;
  /** Sending is delivery: the moment it was sent is the moment it was received. */
  receivedAt: Date;
  reporterUnit: { id: string; name: string };
  /** The municipality whose intake queue received it, and its country's law. */
  municipalityId: string;
  country: CountryCode;
  decision: DecisionKind | null;
  decidedAt: Date | null;
}

export async function sentReportsAboutChild(trx: Trx, childId: string): Promise<SentReport[]> {
  const rows = await repo.listSentReportsAboutChild(trx, childId);
  return rows.map((row) => ({
    id: row.id,
    receivedAt: row.received_at!,
    reporterUnit: { id: row.reporter_unit_id, name: row.unit_name },
    municipalityId: row.municipality_id!,
    country: row.country_code,
    decision: row.decision,
    decidedAt: row.decided_at,
  }));
}
