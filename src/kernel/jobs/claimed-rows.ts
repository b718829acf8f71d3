/**
 * The loop of a background job that works through due rows (reminders to send, records past
 * retention): one row per transaction, claimed with FOR UPDATE SKIP LOCKED, worked on and
 * committed together. So two workers (or two runs, or a restarted server) never hold the same
 * row, a committed row is done once, and an interrupted one rolls back whole and is claimed
 * again by the next run. Each row's transaction is a system access (`withSystemAccess`): one
 * audit event per row worked on, naming the job, 'failed' when its work throws.
 */
import type { Db } from '../db/database.ts';
import type { AuditAction } from '../audit/table.ts';
import type { Trx } from '../policy/access.ts';
import { withSystemAccess, type AuditedResource } from '../policy/named-access.ts';

/**
 * Thrown by a job's work to roll its row back and leave it for the next run (a mail server
 * that refused): the rest of this run goes on without the row. Any other error ends the run.
 */
export class LeaveForNextRun extends Error {
  constructor(override readonly cause: unknown) {
    super('left for the next run');
  }
}

export interface ClaimingJob<Row extends { id: string }, Result> {
  /** The job's name, in each row's audit event (`job: <name>`). */
  job: string;
  /** What each row's audit event says: the action, the record it names and why. */
  audit: { action: AuditAction; resource: (row: NoInfer<Row>) => AuditedResource; purpose?: string };
  /**
   * One due row, locked FOR UPDATE SKIP LOCKED in `trx`, or undefined when none is left. The
   * rows left for the next run (`leftIds`) must not be claimed again, or the run never ends.
   */
  claim(trx: Trx, leftIds: readonly string[]): Promise<Row | undefined>;
  /** The row's work, in the transaction that claimed it; its result is collected. */
  work(trx: Trx, row: Row): Promise<Result>;
}

/**
 * Claims and works due rows one transaction at a time until none is left. Answers each
 * committed row's result, and the rows left for the next run with the error that left them.
 */
export async function workClaimedRows<Row extends { id: string }, Result>(
  db: Db,
  job: ClaimingJob<Row, Result>,
): Promise<{ results: Result[]; left: { id: string; error: unknown }[] }> {
  const results: Result[] = [];
  const left: { id: string; error: unknown }[] = [];
  for (;;) {
    let claimed: Row | undefined;
    const step = await withSystemAccess(
      db,
      job.job,
      {
        ...job.audit,
        locate: async (trx) => (claimed = await job.claim(trx, left.map((l) => l.id))),
      },
      (trx, row) => job.work(trx, row),
    )
      .then((done) => (done ? { result: done.value } : ('none' as const)))
      .catch((error: unknown) => {
        if (!(error instanceof LeaveForNextRun) || !claimed) throw error;
        left.push({ id: claimed.id, error: error.cause });
        return 'left' as const;
      });
    if (step === 'none') return { results, left };
    if (step !== 'left') results.push(step.result);
  }
}
