/**
 * Retention: pupils' requests and their talks are deleted a configurable number of days after
 * the last thing that happened to them (notice given or withheld, else talk recorded, else the
 * request), by a small worker. What is due is read from the tables themselves, so a restart
 * loses nothing; each deletion is one transaction that claims its row with FOR UPDATE SKIP
 * LOCKED, deletes it and writes its audit event, so two workers never delete or audit the same
 * request twice. A referral to child welfare stays on the intake list (it is intake's record,
 * kept under their rules); it only loses its link to the deleted talk.
 */
import type { Db } from '../kernel/db/database.ts';
import { workClaimedRows } from '../kernel/jobs/claimed-rows.ts';
import { startRepeating, type RepeatingJob } from '../kernel/jobs/repeating.ts';
import { OperatorError } from '../kernel/errors.ts';
import { isDueForDeletion, retentionCutoff } from './domain/rules.ts';
import { clock } from '../time/clock.ts';
import * as repo from './repo.ts';

export const DEFAULT_RETENTION_DAYS = 365;

/** TIDLIG_PUPIL_TALK_RETENTION_DAYS: whole days, 1 to 3650; a year when unset. */
export function retentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.TIDLIG_PUPIL_TALK_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 3650) {
    throw new OperatorError('TIDLIG_PUPIL_TALK_RETENTION_DAYS must be a whole number of days from 1 to 3650.');
  }
  return days;
}

/** Deletes every request (with its talk) kept longer than `retentionDays`, one audited transaction each; returns how many. */
export async function deleteExpiredTalks(db: Db, retentionDays: number, now = clock.now()): Promise<number> {
  const cutoff = retentionCutoff(now, retentionDays);
  const { results } = await workClaimedRows(db, {
    claim: (trx) => repo.claimExpiredRequest(trx, cutoff),
    work: async (trx, row) => {
      const record = {
        requestedAt: new Date(row.created_at),
        talkRecordedAt: row.talk_recorded_at ? new Date(row.talk_recorded_at) : null,
        closedAt: row.closed_at ? new Date(row.closed_at) : null,
      };
      if (!isDueForDeletion(record, retentionDays, now)) throw new Error('retention: the query and the rule disagree');
      await repo.deleteRequest(trx, row.id);
    },
    job: 'pupil talk retention',
    audit: { action: 'delete', resource: (row) => ({ type: 'pupil_talk_request', id: row.id }), purpose: `retention: ${retentionDays} days` },
  });
  // Devices left in pupil mode: their tokens are no use after expiry and hold nothing personal.
  await repo.deleteExpiredPupilModes(db, now);
  return results.length;
}

/** Runs the worker every `intervalMs` (unref'd, so it never keeps the process alive); stop() ends it. */
export function startRetentionTimer(db: Db, retentionDays: number, intervalMs = 3_600_000, onError: (e: unknown) => void = () => {}): RepeatingJob {
  return startRepeating(() => deleteExpiredTalks(db, retentionDays), { name: 'pupil talk retention', intervalMs, runAtStart: true, onError });
}
