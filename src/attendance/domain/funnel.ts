/**
 * The follow-up funnel: of the pupils flagged in a month, how many reached each stage of the
 * follow-up. Counted in the database (funnel-repo.ts); here the months of the range are laid
 * out, a month without flags counted as nothing, and every count below the small-count
 * threshold withheld, cell by cell.
 */
import { suppressSmallCount } from '../../kernel/privacy/small-count.ts';

/**
 * - `flagged`: a flag was raised for the pupil that month;
 * - `contacted`: one of those flags was handled from the list, or its case logged a contact;
 * - `meeting`: its case planned a meeting step or logged a contact by meeting;
 * - `plan`: its case has a return plan step;
 * - `back`: its case closed with the pupil back at school.
 */
export const FUNNEL_STAGES = ['flagged', 'contacted', 'meeting', 'plan', 'back'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type FunnelCounts = Record<FunnelStage, number>;
export type ShownFunnel = Record<FunnelStage, number | null>;

/** The months from `from` to `to` ('YYYY-MM'), both included. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let current = from; current <= to; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Each month of the range with its stages, below the threshold withheld (null); a month not counted is all withheld. */
export function shownFunnel(months: readonly string[], counted: ReadonlyMap<string, FunnelCounts>): { month: string; stages: ShownFunnel }[] {
  return months.map((month) => {
    const counts = counted.get(month);
    const stages = Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, suppressSmallCount(counts?.[stage] ?? 0)])) as ShownFunnel;
    return { month, stages };
  });
}

/** The school year so far as months: from August (of this year, or of last year before August) to `today`'s month. */
export function schoolYearSoFar(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return { from: `${month >= 8 ? year : year - 1}-08`, to: today.slice(0, 7) };
}
