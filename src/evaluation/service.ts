/**
 * The leader's evaluation of a pilot: one policy decision and one audit event per view, the
 * counts read in SQL through the outcome's own capability, and only aggregates out.
 */
import { countConsultationsByUnitAndMonth } from '../consultations/index.ts';
import { countReportsByUnitAndMonth } from '../concern-reports/index.ts';
import type { Db } from '../kernel/db/database.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { suppressSmallCount } from '../kernel/privacy/small-count.ts';
import { daysBetween } from '../kernel/validation/primitives.ts';
import { estimate, EstimateError } from './domain/estimate.ts';
import { groupLines } from './domain/group-lines.ts';
import { buildPanel, type PanelRow } from './domain/panel.ts';
import { firstFullPeriodFrom, formatPeriod, parsePeriod, periodOf, type Granularity } from './domain/periods.ts';
import * as repo from './repo.ts';
import type { Evaluation, EvaluationRequest, Outcome } from './schema.ts';
import { evaluationRequestSchema } from './schema.ts';

const COUNTERS: Record<Outcome, (trx: Trx, unitIds: readonly string[], range: { from: string; to: string }) => Promise<{ unitId: string; month: string; count: number }[]>> = {
  concern_reports: countReportsByUnitAndMonth,
  consultations: countConsultationsByUnitAndMonth,
};

export function evaluate(db: Db, actor: Actor, municipalityId: string, input: EvaluationRequest): Promise<Evaluation> {
  const request = evaluationRequestSchema.parse(input);
  return withAccess(
    db,
    actor,
    {
      permission: 'evaluation.read',
      action: 'read',
      resourceType: 'evaluation',
      resourceId: municipalityId,
      locate: async () => ({ municipalityId, unitIds: [], districtIds: [] }),
    },
    (trx) => evaluateIn(trx, municipalityId, request),
  );
}

async function evaluateIn(trx: Trx, municipalityId: string, request: ReturnType<typeof evaluationRequestSchema.parse>): Promise<Evaluation> {
  const units = (await repo.unitsWithPupils(trx, municipalityId)).filter((unit) => unit.pupils > 0);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const startOf = new Map(request.pilot.filter((p) => byId.has(p.unitId)).map((p) => [p.unitId, p.startedOn]));
  const kinds = new Set([...startOf.keys()].map((id) => byId.get(id)!.kind));
  // Every unit of the pilot's kinds: the one table all views are cut from (group-lines.ts).
  const ofKind = units.filter((unit) => kinds.has(unit.kind));
  const chosen = new Set(request.comparison);
  const comparison = ofKind.filter((unit) => !startOf.has(unit.id) && (chosen.size === 0 || chosen.has(unit.id)));
  const pilot = ofKind.filter((unit) => startOf.has(unit.id));

  const periods = periodsBetween(request.from, request.to, request.granularity);
  if (pilot.length === 0) return nothingToEvaluate(periods);
  const unitIds = ofKind.map((unit) => unit.id);
  // What Tidlig counted, and what was imported from before it: the same kind of figure, added.
  const monthly = [...(await COUNTERS[request.outcome](trx, unitIds, request)), ...(await repo.importedCounts(trx, request.outcome, unitIds, request))];
  const counts = countTable(ofKind.map((unit) => unit.id), periods, monthly, request.granularity);

  const rows: PanelRow[] = [...pilot, ...comparison].flatMap((unit) =>
    periods.map((period, t) => ({
      unit: unit.id,
      period,
      treatedFrom: startOf.has(unit.id) ? formatPeriod(firstFullPeriodFrom(startOf.get(unit.id)!, request.granularity)) : '',
      outcome: counts[ofKind.indexOf(unit)]![t]!,
      denominator: unit.pupils,
    })),
  );
  const { result, noEstimate } = estimateOrWhyNot(rows, request.weight, request.seed);

  const index = (list: typeof ofKind) => list.map((unit) => ofKind.indexOf(unit));
  const lines = groupLines(counts, ofKind.map((unit) => unit.pupils), index(pilot), index(comparison));
  const firstStart = Math.min(...pilot.map((unit) => parsePeriod(formatPeriod(firstFullPeriodFrom(startOf.get(unit.id)!, request.granularity)))!.ordinal));
  const firstOrdinal = parsePeriod(periods[0]!)!.ordinal;

  return {
    estimate: result,
    noEstimate,
    periods: periods.map((period, t) => ({
      period,
      relativeToFirstStart: firstOrdinal + t - firstStart,
      pilot: lines.pilot[t]!,
      comparison: lines.comparison[t]!,
    })),
    units: { pilot: pilot.length, comparison: comparison.length },
    municipalityPerThousand: request.outcome === 'concern_reports' ? perThousandAYear(counts, ofKind, request) : null,
  };
}

/** No pilot unit of the municipality with children in its register: nothing to count or compare. */
function nothingToEvaluate(periods: string[]): Evaluation {
  const hidden = { count: null, rate: null };
  return {
    estimate: null,
    noEstimate: 'no-pilot-units',
    periods: periods.map((period) => ({ period, relativeToFirstStart: 0, pilot: hidden, comparison: hidden })),
    units: { pilot: 0, comparison: 0 },
    municipalityPerThousand: null,
  };
}

function estimateOrWhyNot(rows: PanelRow[], weight: 'equal' | 'denominator', seed: number): Pick<Evaluation, 'noEstimate'> & { result: Evaluation['estimate'] } {
  const built = buildPanel(rows, weight);
  if ('errors' in built) return { result: null, noEstimate: 'no-pilot-units' };
  try {
    return { result: estimate(built.panel, { seed }), noEstimate: null };
  } catch (error) {
    if (error instanceof EstimateError) return { result: null, noEstimate: error.reason };
    throw error;
  }
}

/** The labels of every period from the one holding `from` to the one holding `to`. */
function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const first = periodOf(from, granularity).ordinal;
  const last = periodOf(to, granularity).ordinal;
  return Array.from({ length: last - first + 1 }, (_, i) => formatPeriod({ granularity, ordinal: first + i }));
}

/** Monthly counts folded into the periods: counts[unit][period], 0 where nothing was counted. */
function countTable(unitIds: string[], periods: string[], monthly: { unitId: string; month: string; count: number }[], granularity: Granularity): number[][] {
  const column = new Map(periods.map((label, t) => [label, t]));
  const row = new Map(unitIds.map((id, u) => [id, u]));
  const table = unitIds.map(() => periods.map(() => 0));
  for (const { unitId, month, count } of monthly) {
    const t = column.get(formatPeriod(periodOf(`${month}-01`, granularity)));
    const u = row.get(unitId);
    if (t !== undefined && u !== undefined) table[u]![t]! += count;
  }
  return table;
}

/** All reports of the units over the window per 1,000 children a year; hidden under 5 reports. */
function perThousandAYear(counts: number[][], units: { pupils: number }[], window: { from: string; to: string }): number | null {
  const total = suppressSmallCount(counts.flat().reduce((a, b) => a + b, 0));
  const children = units.reduce((sum, unit) => sum + unit.pupils, 0);
  const years = (daysBetween(window.from, window.to) + 1) / 365.25;
  return total === null || children === 0 ? null : (1000 * total) / children / years;
}
