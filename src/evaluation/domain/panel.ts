/**
 * A panel: one outcome count and its denominator per unit and period, and for each pilot unit
 * the period it started in. The estimators work on the dense form built here: units × periods
 * of rates per 100, with NaN where a unit has no row for a period.
 */
import { firstFullPeriodFrom, formatPeriod, parsePeriod, type Granularity } from './periods.ts';

/** One row as an analyst or the server hands it in. */
export interface PanelRow {
  unit: string;
  period: string;
  /** A period in the panel's granularity or an ISO date; empty for a comparison unit. */
  treatedFrom: string;
  outcome: number;
  denominator: number;
}

export type Weighting = 'equal' | 'denominator';

/** Never started within the panel: a comparison unit throughout. */
export const NEVER = Number.POSITIVE_INFINITY;

export interface Panel {
  granularity: Granularity;
  /** The ordinal of the panel's first period; period index t is `firstOrdinal + t`. */
  firstOrdinal: number;
  periodCount: number;
  units: string[];
  /** Per unit, the index of its first started period, or NEVER. */
  cohort: number[];
  /** Row-major units × periods, per 100 of the denominator. */
  rate: Float64Array;
  /** Per unit: 1, or its mean denominator when weighting by denominator. */
  weight: Float64Array;
  /** Pilot units left out because they started in the first period: nothing to compare with before. */
  startedBeforePanel: string[];
}

export interface RowError {
  /** Index into the rows handed in. */
  row: number;
  reason: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the dense panel, or says which rows are wrong and why. */
export function buildPanel(rows: readonly PanelRow[], weighting: Weighting = 'equal'): { panel: Panel } | { errors: RowError[] } {
  const errors: RowError[] = [];
  let granularity: Granularity | undefined;
  const parsed: { unit: string; ordinal: number; start: number; outcome: number; denominator: number }[] = [];
  const startOf = new Map<string, { text: string; row: number }>();
  const seen = new Set<string>();

  rows.forEach((row, index) => {
    const fail = (reason: string) => errors.push({ row: index, reason });
    if (row.unit.trim() === '') return fail('the unit is empty');
    const period = parsePeriod(row.period);
    if (!period) return fail(`the period "${row.period}" is not YYYY-MM, YYYY-Qn or YYYY-Tn`);
    granularity ??= period.granularity;
    if (period.granularity !== granularity) return fail(`the period "${row.period}" is a ${period.granularity}, but the panel is by ${granularity}`);
    if (!Number.isInteger(row.outcome) || row.outcome < 0) return fail('the outcome must be a whole number, 0 or more');
    if (!Number.isFinite(row.denominator) || row.denominator <= 0) return fail('the denominator must be a number above 0');
    const start = startOrdinal(row.treatedFrom, granularity);
    if (start === undefined) return fail(`treated_from "${row.treatedFrom}" is neither empty, a ${granularity} nor a date YYYY-MM-DD`);
    const earlier = startOf.get(row.unit);
    if (earlier && earlier.text !== row.treatedFrom) return fail(`treated_from differs from the unit's earlier row (${earlier.text || 'empty'})`);
    startOf.set(row.unit, { text: row.treatedFrom, row: index });
    const key = `${row.unit}\u0000${period.ordinal}`;
    if (seen.has(key)) return fail(`the unit already has a row for ${row.period}`);
    seen.add(key);
    parsed.push({ unit: row.unit, ordinal: period.ordinal, start, outcome: row.outcome, denominator: row.denominator });
  });
  if (errors.length > 0) return { errors };
  if (parsed.length === 0 || granularity === undefined) return { errors: [{ row: 0, reason: 'the panel has no rows' }] };
  return { panel: densePanel(parsed, granularity, weighting) };
}

function startOrdinal(text: string, granularity: Granularity): number | undefined {
  if (text === '') return NEVER;
  if (DATE.test(text) && !Number.isNaN(Date.parse(text))) return firstFullPeriodFrom(text, granularity).ordinal;
  const period = parsePeriod(text);
  return period?.granularity === granularity ? period.ordinal : undefined;
}

function densePanel(
  parsed: { unit: string; ordinal: number; start: number; outcome: number; denominator: number }[],
  granularity: Granularity,
  weighting: Weighting,
): Panel {
  const firstOrdinal = Math.min(...parsed.map((p) => p.ordinal));
  const periodCount = Math.max(...parsed.map((p) => p.ordinal)) - firstOrdinal + 1;
  const allUnits = [...new Set(parsed.map((p) => p.unit))].sort();
  const startOf = new Map(parsed.map((p) => [p.unit, p.start - firstOrdinal]));
  const startedBeforePanel = allUnits.filter((unit) => startOf.get(unit)! <= 0);
  const units = allUnits.filter((unit) => startOf.get(unit)! > 0);
  const indexOf = new Map(units.map((unit, index) => [unit, index]));

  const rate = new Float64Array(units.length * periodCount).fill(Number.NaN);
  const denominatorSum = new Float64Array(units.length);
  const rowCount = new Float64Array(units.length);
  for (const p of parsed) {
    const u = indexOf.get(p.unit);
    if (u === undefined) continue;
    rate[u * periodCount + p.ordinal - firstOrdinal] = (100 * p.outcome) / p.denominator;
    denominatorSum[u]! += p.denominator;
    rowCount[u]! += 1;
  }
  const weight = new Float64Array(units.length).map((_, u) => (weighting === 'denominator' ? denominatorSum[u]! / rowCount[u]! : 1));
  // A start after the last period is no start within the panel.
  const cohort = units.map((unit) => (startOf.get(unit)! >= periodCount ? NEVER : startOf.get(unit)!));
  return { granularity, firstOrdinal, periodCount, units, cohort, rate, weight, startedBeforePanel };
}

/** The label of period index t. */
export function periodLabel(panel: Panel, t: number): string {
  return formatPeriod({ granularity: panel.granularity, ordinal: panel.firstOrdinal + t });
}
