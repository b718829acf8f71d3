/**
 * The evaluation's demo history: three years of concern report counts per school in Elvestad,
 * as imported counts (marked 'demo'), up to the month before the seeding day. Elvestad's pilot
 * school (the demo teacher's) started the term before last, four more schools the term after;
 * from their start they see about 60 % fewer reports than the other schools, which follow the same
 * seasons and the same noise, so the evaluation page shows a real effect and a pre-period. Five
 * pilot schools, the fewest for which the estimate gives a confidence interval (fewer get a
 * permutation test, see evaluation/domain/method-rules.ts).
 *
 * The pilot is saved too, as Elvestad's leader would save it (comparison: all other schools), so
 * the leader's first look at the page shows it ready to estimate.
 *
 * Imported counts rather than generated reports: three years of reports would fill intake's
 * lists, the chronology and the deadlines with old cases, and the issue asks for imported
 * counts to give a pilot its "before" anyway.
 */
import type { Db } from '../kernel/db/database.ts';
import type { EvaluationImportedCountTable } from '../evaluation/tables.ts';
import { firstDayOf, formatPeriod, periodOf } from '../evaluation/domain/periods.ts';
import type { IsoDate } from '../time/dates.ts';
import type { DemoData } from './data.ts';
import type { Random } from './random.ts';

/** Reports per 100 pupils a month at an ordinary school (≈ 5 a year, about Norway's rate). */
const MONTHLY_RATE = 0.45;
const PILOT_FACTOR = 0.4;
const YEARS = 3;

export interface DemoEvaluationHistory {
  counts: Omit<EvaluationImportedCountTable, 'imported_at'>[];
  /** The pilot schools and their start dates, for the README, the e2e test and a leader trying it. */
  pilot: { unitId: string; startedOn: IsoDate }[];
  /** Elvestad, whose saved pilot it is; null when the demo has no such municipality. */
  municipalityId: string | null;
}

/** The saved pilot's name, as Elvestad's leader might call it. */
export const DEMO_PILOT_NAME = 'Nettverksrådgiver i skolen';

export function planDemoEvaluationHistory(data: DemoData, today: IsoDate, random: Random): DemoEvaluationHistory {
  const elvestad = data.municipality.find((m) => m.name === 'Elvestad');
  const teacher = data.staff.find((s) => s.municipality_id === elvestad?.id && s.email.startsWith('demo.staff@'));
  const pilotSchool = data.membership.find((m) => m.staff_id === teacher?.id && m.role === 'staff')?.unit_id;
  const schools = data.unit.filter((u) => u.municipality_id === elvestad?.id && u.kind === 'school').sort((a, b) => a.name.localeCompare(b.name));
  if (!elvestad || !pilotSchool || schools.length < 6) return { counts: [], pilot: [], municipalityId: null };

  const thisTerm = periodOf(today, 'term').ordinal;
  const firstStart = firstDayOf({ granularity: 'term', ordinal: thisTerm - 2 });
  const secondStart = firstDayOf({ granularity: 'term', ordinal: thisTerm - 1 });
  const others = schools.filter((s) => s.id !== pilotSchool).slice(0, 4);
  const pilot = [{ unitId: pilotSchool, startedOn: firstStart }, ...others.map((s) => ({ unitId: s.id, startedOn: secondStart }))];

  const months = monthsBefore(today, YEARS * 12);
  const season = months.map((month) => (month.endsWith('-07') ? 0.3 : month.endsWith('-06') || month.endsWith('-08') ? 0.8 : 1) * (0.9 + 0.2 * random.next()));
  const counts = schools.flatMap((school) => {
    const pupils = data.enrolment.filter((e) => e.unit_id === school.id).length;
    const level = MONTHLY_RATE * (0.8 + 0.4 * random.next());
    const start = pilot.find((p) => p.unitId === school.id)?.startedOn;
    return months.map((month, m) => {
      const started = start !== undefined && `${month}-01` >= start;
      const mean = (pupils / 100) * level * season[m]! * (started ? PILOT_FACTOR : 1);
      return { unit_id: school.id, outcome: 'concern_reports' as const, month, count: poisson(random, mean), source: 'demo' };
    });
  });
  return { counts, pilot, municipalityId: elvestad.id };
}

/** The counts, and the pilot saved as Elvestad's, with the comparison all other schools. */
export async function insertDemoEvaluation(db: Db, history: DemoEvaluationHistory, pilotId: string): Promise<void> {
  if (history.counts.length > 0) await db.insertInto('evaluation_imported_count').values(history.counts).execute();
  if (history.municipalityId === null || history.pilot.length === 0) return;
  await db.insertInto('evaluation_pilot').values({ id: pilotId, municipality_id: history.municipalityId, name: DEMO_PILOT_NAME, comparison: 'all_of_kind' }).execute();
  await db
    .insertInto('evaluation_pilot_unit')
    .values(history.pilot.map((unit) => ({ pilot_id: pilotId, unit_id: unit.unitId, started_on: unit.startedOn })))
    .execute();
}

/** The `n` whole months before the one `today` is in, oldest first. */
function monthsBefore(today: IsoDate, n: number): string[] {
  const current = periodOf(today, 'month').ordinal;
  return Array.from({ length: n }, (_, i) => formatPeriod({ granularity: 'month', ordinal: current - n + i }));
}

function poisson(random: Random, mean: number): number {
  let k = 0;
  for (let p = random.next(), limit = Math.exp(-mean); p > limit; p *= random.next()) k += 1;
  return k;
}
