/**
 * The leader's sums of a unit's activities in a month, with small counts hidden. Sessions are a
 * count of meetings with people at one unit, so under the threshold both the count and its
 * minutes are hidden: five minutes in one parent meeting at a small school says who met.
 */
import { suppressSmallCount } from '../../kernel/privacy/small-count.ts';
import type { ActivityKind } from './activity-rules.ts';

export interface ActivitySum {
  unitId: string;
  /** 'YYYY-MM' */
  month: string;
  kind: ActivityKind;
  sessions: number;
  minutes: number;
}

export interface ShownActivitySum extends Omit<ActivitySum, 'sessions' | 'minutes'> {
  /** Null when fewer than five: hidden. */
  sessions: number | null;
  /** Null whenever the sessions are hidden. */
  minutes: number | null;
}

export function suppressSums(sums: readonly ActivitySum[]): ShownActivitySum[] {
  return sums.map((sum) => {
    const sessions = suppressSmallCount(sum.sessions);
    return { ...sum, sessions, minutes: sessions === null ? null : sum.minutes };
  });
}
