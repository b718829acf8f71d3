/**
 * The leader's evaluation of a pilot: one policy decision and one audit event per view, the
 * counts read in SQL through the outcome's own capability, and only aggregates out.
 */
import { activityTotalsByUnitAndMonth } from '../activity/index.ts';
import { countFlaggedPupilsByUnitAndMonth } from '../attendance/index.ts';
import { countConsultationsByUnitAndMonth, countConsultationsWithoutReportByUnitAndMonth } from '../consultations/index.ts';
import { countInvestigatedReportsByUnitAndMonth, countReportsByUnitAndMonth } from '../concern-reports/index.ts';
import type { Db } from '../kernel/db/database.ts';
import { withAccess, type Trx } from '../kernel/policy/access.ts';
import type { Actor } from '../kernel/policy/actor.ts';
import { suppressSmallCount } from '../kernel/privacy/small-count.ts';
import { daysBetween } from '../kernel/validation/primitives.ts';
import { estimate, EstimateError } from './domain/estimate.ts';
import { groupLines, shareLines } from './domain/group-lines.ts';
import { buildPanel, type PanelRow } from './domain/panel.ts';
import { firstFullPeriodFrom, formatPeriod, parsePeriod, periodOf, type Granularity } from './domain/periods.ts';
import * as repo from './repo.ts';
import type { Evaluation, EvaluationRequest, Outcome } from './schema.ts';
import { evaluationRequestSchema } from './schema.ts';

type Range = { from: string; to: string };
/** Per unit and month: the count, and for a share what it is a share of. */
type Monthly = { unitId: string; month: string; count: number; of?: number };

/**
 * How each outcome is counted, by the capability that owns its records. A count is per 100
 * children in the unit's register and adds what was imported from before Tidlig; a share is its
 * count of `of`, per cent, and has no imported history.
 */
const MEASURES: Record<Outcome, (trx: Trx, unitIds: readonly string[], range: Range) => Promise<Monthly[]>> = {
  concern_reports: async (trx, unitIds, range) => [...(await countReportsByUnitAndMonth(trx, unitIds, range)), ...(await repo.importedCounts(trx, 'concern_reports', unitIds, range))],
  consultations: async (trx, unitIds, range) => [...(await countConsultationsByUnitAndMonth(trx, unitIds, range)), ...(await repo.importedCounts(trx, 'consultations', unitIds, range))],
  attendance_flagged: countFlaggedPupilsByUnitAndMonth,
  reports_investigated: countInvestigatedReportsByUnitAndMonth,
  consultations_without_report: countConsultationsWithoutReportByUnitAndMonth,
};
const isShare = (outcome: Outcome) => outcome === 'reports_investigated' || outcome === 'consultations_without_report';

/** One view of the evaluation, audited as a read; `purpose` names a view for a download (the PDF). */
export function evaluate(db: Db, actor: Actor, municipalityId: string, input: EvaluationRequest, purpose?: string): Promise<Evaluation> {
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
      ...(purpose ? { purpose } : {}),
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
  const monthly = await MEASURES[request.outcome](trx, unitIds, request);
  const counts = countTable(unitIds, periods, monthly, request.granularity, (m) => m.count);
  const share = isShare(request.outcome);
  // A share's denominator is counted per period; a rate's is the unit's children.
  const wholes = share ? countTable(unitIds, periods, monthly, request.granularity, (m) => m.of ?? 0) : ofKind.map((unit) => periods.map(() => unit.pupils));

  const rows: PanelRow[] = [...pilot, ...comparison].flatMap((unit) => {
    const u = ofKind.indexOf(unit);
    const treatedFrom = startOf.has(unit.id) ? formatPeriod(firstFullPeriodFrom(startOf.get(unit.id)!, request.granularity)) : '';
    // A period without anything to take a share of has no share: left out, not 0.
    return periods.flatMap((period, t) => (wholes[u]![t]! > 0 ? [{ unit: unit.id, period, treatedFrom, outcome: counts[u]![t]!, denominator: wholes[u]![t]! }] : []));
  });
  const { result, noEstimate } = estimateOrWhyNot(rows, request.weight, request.seed);

  const index = (list: typeof ofKind) => list.map((unit) => ofKind.indexOf(unit));
  const lines = share ? shareLines(counts, wholes, index(pilot), index(comparison)) : groupLines(counts, ofKind.map((unit) => unit.pupils), index(pilot), index(comparison));
  const firstStart = Math.min(...pilot.map((unit) => parsePeriod(formatPeriod(firstFullPeriodFrom(startOf.get(unit.id)!, request.granularity)))!.ordinal));
  const firstOrdinal = parsePeriod(periods[0]!)!.ordinal;
  const activity = await activityTotalsByUnitAndMonth(trx, unitIds, request);
  const hoursOf = (group: typeof ofKind) => groupHours(activity, new Set(group.map((unit) => unit.id)), periods, request.granularity);
  const activityHours = { pilot: hoursOf(pilot), comparison: hoursOf(comparison) };

  return {
    estimate: result,
    noEstimate,
    periods: periods.map((period, t) => ({
      period,
      relativeToFirstStart: firstOrdinal + t - firstStart,
      pilot: lines.pilot[t]!,
      comparison: lines.comparison[t]!,
      activityHours: { pilot: activityHours.pilot[t]!, comparison: activityHours.comparison[t]! },
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
    periods: periods.map((period) => ({ period, relativeToFirstStart: 0, pilot: hidden, comparison: hidden, activityHours: { pilot: null, comparison: null } })),
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

/** Monthly figures folded into the periods: table[unit][period], 0 where nothing was counted. */
function countTable(unitIds: string[], periods: string[], monthly: Monthly[], granularity: Granularity, figure: (m: Monthly) => number): number[][] {
  const column = new Map(periods.map((label, t) => [label, t]));
  const row = new Map(unitIds.map((id, u) => [id, u]));
  const table = unitIds.map(() => periods.map(() => 0));
  for (const m of monthly) {
    const t = column.get(formatPeriod(periodOf(`${m.month}-01`, granularity)));
    const u = row.get(m.unitId);
    if (t !== undefined && u !== undefined) table[u]![t]! += figure(m);
  }
  return table;
}

/**
 * A group's logged hours per period: the sum over its units' months, or null when one of them
 * is hidden (a part-sum would pass for the whole).
 */
function groupHours(
  activity: { unitId: string; month: string; minutes: number | null }[],
  group: Set<string>,
  periods: string[],
  granularity: Granularity,
): (number | null)[] {
  const minutes: (number | null)[] = periods.map(() => 0);
  const column = new Map(periods.map((label, t) => [label, t]));
  for (const row of activity) {
    const t = column.get(formatPeriod(periodOf(`${row.month}-01`, granularity)));
    if (t === undefined || !group.has(row.unitId)) continue;
    minutes[t] = row.minutes === null || minutes[t] === null ? null : minutes[t]! + row.minutes;
  }
  return minutes.map((sum) => (sum === null ? null : sum / 60));
}

/** All reports of the units over the window per 1,000 children a year; hidden under 5 reports. */
function perThousandAYear(counts: number[][], units: { pupils: number }[], window: { from: string; to: string }): number | null {
  const total = suppressSmallCount(counts.flat().reduce((a, b) => a + b, 0));
  const children = units.reduce((sum, unit) => sum + unit.pupils, 0);
  const years = (daysBetween(window.from, window.to) + 1) / 365.25;
  return total === null || children === 0 ? null : (1000 * total) / children / years;
}
