/**
 * The evaluation's one sentence, for the page and the PDF alike: the effect with its 95 %
 * interval, or with its permutation p-value, or that there is none.
 */
import type { Evaluation } from '../schema.ts';

export type HeadlineKey = 'headline.none' | 'headline.fell' | 'headline.rose' | 'headline.fellPermutation' | 'headline.rosePermutation';
export type Say = (key: HeadlineKey, values?: Record<string, string>) => string;

export function headline(say: Say, format: (n: number) => string, outcome: string, evaluation: Evaluation): string {
  const { estimate } = evaluation;
  if (!estimate) return say('headline.none');
  const direction = estimate.effect < 0 ? 'fell' : 'rose';
  const amount = format(Math.abs(estimate.effect));
  if (estimate.ciLow === null || estimate.ciHigh === null) return say(`headline.${direction}Permutation`, { outcome, amount, p: format(estimate.pValue ?? 1) });
  // The interval of a fall is written as a fall too: −2.0 to −0.4 reads "0.4 to 2.0".
  const [low, high] = estimate.effect < 0 ? [-estimate.ciHigh, -estimate.ciLow] : [estimate.ciLow, estimate.ciHigh];
  return say(`headline.${direction}`, { outcome, amount, low: format(low), high: format(high) });
}
