import type { ApiDeadline } from '../schema.ts';

/** Past deadlines first, then near ones, then the rest still open; met ones are no longer work. */
const urgency: Partial<Record<ApiDeadline['status'], number>> = { past: 0, near: 1, open: 2 };

/** The report's deadline that needs intake first: the most urgent status, then the earliest due. */
export function mostUrgent(deadlines: readonly ApiDeadline[]): ApiDeadline | null {
  let best: ApiDeadline | null = null;
  for (const deadline of deadlines) {
    const rank = urgency[deadline.status];
    if (rank === undefined) continue;
    const bestRank = best ? urgency[best.status]! : Infinity;
    if (rank < bestRank || (rank === bestRank && deadline.dueAt < best!.dueAt)) best = deadline;
  }
  return best;
}

/**
 * Intake's reports in the order they need work: by their most urgent deadline (past, near,
 * open; the earliest due first within each). Reports with every deadline met are left out.
 */
export function byDeadline<R extends { deadlines: readonly ApiDeadline[] }>(reports: readonly R[]): { report: R; deadline: ApiDeadline }[] {
  return reports
    .flatMap((report) => {
      const deadline = mostUrgent(report.deadlines);
      return deadline ? [{ report, deadline }] : [];
    })
    .sort((a, b) => urgency[a.deadline.status]! - urgency[b.deadline.status]! || a.deadline.dueAt.localeCompare(b.deadline.dueAt));
}
