/**
 * What a logged call must make sense as, beyond the shape of its fields: it happened, not in
 * the future; a placement's decision came after the call and has happened; and a logged call
 * is recent enough to be a call of the on-call service rather than a late record of casework.
 */
import type { PlacementOutcome } from './call-kinds.ts';

/** Leeway for the clocks of the worker's phone and the server not quite agreeing. */
export const CLOCK_SLACK_MS = 5 * 60_000;
/** How far back a call may be logged: a shift ends, and a weekend's calls are logged by Monday. */
export const LOG_WITHIN_DAYS = 14;

export type CallProblem =
  | { field: 'receivedAt'; code: 'in_the_future' | 'too_long_ago' }
  | { field: 'placementMadeAt'; code: 'in_the_future' | 'before_the_call' };

export function checkCallTimes(call: { receivedAt: Date; placement: PlacementOutcome; placementMadeAt: Date | null }, now: Date): CallProblem[] {
  const problems: CallProblem[] = [];
  const latest = now.getTime() + CLOCK_SLACK_MS;
  if (call.receivedAt.getTime() > latest) problems.push({ field: 'receivedAt', code: 'in_the_future' });
  else if (call.receivedAt.getTime() < now.getTime() - LOG_WITHIN_DAYS * 86_400_000) problems.push({ field: 'receivedAt', code: 'too_long_ago' });
  if (call.placement === 'made' && call.placementMadeAt) {
    if (call.placementMadeAt.getTime() > latest) problems.push({ field: 'placementMadeAt', code: 'in_the_future' });
    else if (call.placementMadeAt < call.receivedAt) problems.push({ field: 'placementMadeAt', code: 'before_the_call' });
  }
  return problems;
}
