/**
 * The estimate a leader or an analyst reads: the overall effect of the pilot, an event study
 * from −4 to +4 periods around the start, and how sure we can be. With enough units on both
 * sides, a 95 % interval from a cluster bootstrap over units; with very few, a permutation
 * (placebo) test instead of an interval the data cannot support (see method-rules.ts).
 */
import { eventStudyEffect, groupTimeEffects, overallEffect, type GroupTimeCell } from './group-time.ts';
import { METHOD_RULES } from './method-rules.ts';
import { NEVER, type Panel } from './panel.ts';
import { below, seededRandom, type RandomStream } from './seeded-random.ts';

export type Method = 'callaway-santanna-bootstrap' | 'callaway-santanna-permutation';
export type Caveat = 'few-units' | 'pre-trends' | 'started-before-panel';

export interface EventStudyRow {
  relativePeriod: number;
  effect: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface Estimate {
  effect: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** Two-sided permutation p-value; null when an interval is given. */
  pValue: number | null;
  method: Method;
  unitsTreated: number;
  unitsControl: number;
  eventStudy: EventStudyRow[];
  caveats: Caveat[];
}

export interface EstimateOptions {
  replications?: number;
  seed?: number;
}

export class EstimateError extends Error {
  constructor(readonly reason: 'no-pilot-units' | 'no-comparison-units' | 'no-estimable-effect') {
    super(reason);
  }
}

const { from: WINDOW_FROM, to: WINDOW_TO } = METHOD_RULES.eventWindow.value;
const RELATIVE = Array.from({ length: WINDOW_TO - WINDOW_FROM + 1 }, (_, i) => WINDOW_FROM + i);

/** The statistics of one draw: the overall effect and the event study, in RELATIVE's order. */
interface Draw {
  overall: number;
  events: number[];
}

export function estimate(panel: Panel, options: EstimateOptions = {}): Estimate {
  const replications = options.replications ?? METHOD_RULES.defaultReplications.value;
  const random = seededRandom(options.seed ?? 1);
  const unitsTreated = panel.cohort.filter((g) => g !== NEVER).length;
  const unitsControl = panel.units.length - unitsTreated;
  if (unitsTreated === 0) throw new EstimateError('no-pilot-units');
  if (unitsControl === 0 && new Set(panel.cohort).size < 2) throw new EstimateError('no-comparison-units');

  const everyUnitOnce = new Float64Array(panel.units.length).fill(1);
  const observed = drawOf(groupTimeEffects(panel, everyUnitOnce));
  if (Number.isNaN(observed.overall)) throw new EstimateError('no-estimable-effect');

  const few = Math.min(unitsTreated, unitsControl) < METHOD_RULES.fewestUnitsForBootstrap.value;
  const caveats: Caveat[] = [];
  if (few) caveats.push('few-units');
  if (panel.startedBeforePanel.length > 0) caveats.push('started-before-panel');

  if (few) {
    const placebos = permutationDraws(panel, replications, random);
    const pValue = permutationPValue(observed.overall, placebos.map((d) => d.overall));
    const preTrend = RELATIVE.some((e, i) => e <= -2 && isFinite(observed.events[i]!) && permutationPValue(observed.events[i]!, placebos.map((d) => d.events[i]!)) < 1 - METHOD_RULES.confidenceLevel.value);
    if (preTrend) caveats.push('pre-trends');
    return {
      effect: observed.overall,
      ciLow: null,
      ciHigh: null,
      pValue,
      method: 'callaway-santanna-permutation',
      unitsTreated,
      unitsControl,
      eventStudy: RELATIVE.map((relativePeriod, i) => ({ relativePeriod, effect: finiteOrNull(observed.events[i]!), ciLow: null, ciHigh: null })).filter((row) => row.effect !== null),
      caveats,
    };
  }

  const draws = bootstrapDraws(panel, replications, random);
  const [ciLow, ciHigh] = percentileInterval(draws.map((d) => d.overall));
  const eventStudy = RELATIVE.map((relativePeriod, i) => {
    const effect = finiteOrNull(observed.events[i]!);
    const [low, high] = relativePeriod === -1 ? [0, 0] : percentileInterval(draws.map((d) => d.events[i]!));
    return { relativePeriod, effect, ciLow: effect === null ? null : low, ciHigh: effect === null ? null : high };
  }).filter((row) => row.effect !== null);
  if (eventStudy.some((row) => row.relativePeriod <= -2 && (row.ciLow! > 0 || row.ciHigh! < 0))) caveats.push('pre-trends');
  return { effect: observed.overall, ciLow, ciHigh, pValue: null, method: 'callaway-santanna-bootstrap', unitsTreated, unitsControl, eventStudy, caveats };
}

function drawOf(cells: GroupTimeCell[]): Draw {
  return { overall: overallEffect(cells), events: RELATIVE.map((e) => eventStudyEffect(cells, e)) };
}

/**
 * Resamples units with replacement, pilot units among the pilot units and comparison units
 * among the comparison units, so every draw has as many of each as the data. Not within each
 * start group: groups are often two or three schools, and resampling n units underestimates
 * the variance by the factor (n − 1)/n, a third for three.
 */
function bootstrapDraws(panel: Panel, replications: number, random: RandomStream): Draw[] {
  const strata = new Map<boolean, number[]>();
  panel.cohort.forEach((group, unit) => strata.set(group !== NEVER, [...(strata.get(group !== NEVER) ?? []), unit]));
  const multiplicity = new Float64Array(panel.units.length);
  const draws: Draw[] = [];
  for (let r = 0; r < replications; r += 1) {
    multiplicity.fill(0);
    for (const members of strata.values()) {
      for (let k = 0; k < members.length; k += 1) multiplicity[members[below(random, members.length)]!]! += 1;
    }
    draws.push(drawOf(groupTimeEffects(panel, multiplicity)));
  }
  return draws;
}

/** Gives the start dates to units at random (Fisher-Yates shuffle of who started when). */
function permutationDraws(panel: Panel, replications: number, random: RandomStream): Draw[] {
  const everyUnitOnce = new Float64Array(panel.units.length).fill(1);
  const cohort = [...panel.cohort];
  const draws: Draw[] = [];
  for (let r = 0; r < replications; r += 1) {
    for (let i = cohort.length - 1; i > 0; i -= 1) {
      const j = below(random, i + 1);
      [cohort[i], cohort[j]] = [cohort[j]!, cohort[i]!];
    }
    draws.push(drawOf(groupTimeEffects(panel, everyUnitOnce, cohort)));
  }
  return draws;
}

/** Two-sided: the share of placebo effects at least as far from 0 as the observed, counting the observed. */
export function permutationPValue(observed: number, placebos: readonly number[]): number {
  const finite = placebos.filter(Number.isFinite);
  const asExtreme = finite.filter((p) => Math.abs(p) >= Math.abs(observed) - 1e-12).length;
  return (1 + asExtreme) / (1 + finite.length);
}

/** The 2.5th and 97.5th percentiles (linear interpolation between order statistics). */
export function percentileInterval(values: readonly number[]): [number | null, number | null] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [null, null];
  const tail = (1 - METHOD_RULES.confidenceLevel.value) / 2;
  return [quantile(sorted, tail), quantile(sorted, 1 - tail)];
}

function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
