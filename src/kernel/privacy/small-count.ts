/** Counts below this are never shown in aggregates: a small number can point at a child. */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * Returns the count when it is safe to show, or null when it is below the threshold.
 * Every aggregate that leaves the server passes through here.
 */
export function suppressSmallCount(count: number, threshold = SMALL_COUNT_THRESHOLD): number | null {
  return count >= threshold ? count : null;
}

/** A list of counts shown with their total: null where hidden. */
export interface ProtectedCounts {
  counts: (number | null)[];
  total: number | null;
}

/**
 * Protects a list of counts shown beside its total (calls per weekday, say): every count under
 * the threshold is hidden, and when that leaves exactly one hidden, the total less the shown ones
 * would give it away, so the smallest shown count is hidden with it. Two or more hidden counts
 * tell only their sum.
 */
export function protectCounts(counts: readonly number[], threshold = SMALL_COUNT_THRESHOLD): ProtectedCounts {
  const shown: (number | null)[] = counts.map((count) => suppressSmallCount(count, threshold));
  if (shown.filter((count) => count === null).length === 1) {
    const smallest = shown.reduce<number | null>((best, count, i) => (count !== null && (best === null || count < shown[best]!) ? i : best), null);
    if (smallest !== null) shown[smallest] = null;
  }
  return { counts: shown, total: suppressSmallCount(counts.reduce((sum, count) => sum + count, 0), threshold) };
}
