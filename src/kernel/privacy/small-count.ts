/** Counts below this are never shown in aggregates: a small number can point at a child. */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * Returns the count when it is safe to show, or null when it is below the threshold.
 * Every aggregate that leaves the server passes through here.
 */
export function suppressSmallCount(count: number, threshold = SMALL_COUNT_THRESHOLD): number | null {
  return count >= threshold ? count : null;
}
