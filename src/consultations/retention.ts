/**
 * The retention job. Anonymous and group consultations are deleted once their school year is
 * more than the configured number of school years behind today's (default: kept to the end of
 * the school year after next); consented ones as soon as their consent has been withdrawn or
 * has expired, since the consent was the only ground for keeping them. Only counts survive,
 * in consultation_statistic (per unit, school year, mode, category and outcome).
 *
 * Each record goes in a transaction of its own: claim it (FOR UPDATE SKIP LOCKED), add it to
 * the counts, delete it, write the audit event. A record is therefore counted and deleted
 * exactly once however many workers run or however often the server restarts: a committed
 * deletion is gone, an interrupted one rolls back whole and is picked up by the next run.
 * The audit event names the consultation's id only, never a child, and no actor (a system job).
 */
import { localDate } from '../time/dates.ts';
import type { Db } from '../kernel/db/database.ts';
import { workClaimedRows } from '../kernel/jobs/claimed-rows.ts';
import { startRepeating, type RepeatingJob } from '../kernel/jobs/repeating.ts';
import { DEFAULT_RETENTION_SCHOOL_YEARS, oldestKeptSchoolYear } from './domain/retention.ts';
import { clock } from '../time/clock.ts';
import * as repo from './repo.ts';

export interface RetentionOptions {
  /** School years kept after the one a consultation was held in. */
  schoolYears?: number;
  now?: Date;
}

/** Deletes every consultation past retention; returns how many. */
export async function runRetention(db: Db, { schoolYears = DEFAULT_RETENTION_SCHOOL_YEARS, now = clock.now() }: RetentionOptions = {}): Promise<number> {
  const today = localDate(now);
  const oldestKept = oldestKeptSchoolYear(today, schoolYears);
  const { results } = await workClaimedRows(db, {
    claim: (trx) => repo.claimExpiredConsultation(trx, oldestKept, today),
    work: async (trx, row) => {
      await repo.countAndDeleteConsultation(trx, row);
    },
    job: 'consultation retention',
    audit: { action: 'delete', resource: (row) => ({ type: 'consultation', id: row.id }), purpose: 'retention' },
  });
  return results.length;
}

/** Runs the job every `intervalMs` (unref'd, so it never keeps the process alive); stop() ends it. */
export function startRetentionTimer(db: Db, schoolYears: number, intervalMs = 60 * 60_000, onError: (e: unknown) => void = () => {}): RepeatingJob {
  // Once at start too: a server restarted daily would otherwise never reach its first hour.
  return startRepeating(() => runRetention(db, { schoolYears }), { name: 'consultation retention', intervalMs, runAtStart: true, onError });
}
