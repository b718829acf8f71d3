/**
 * The two shares on the database, worked by hand: reports that led to an investigation (of the
 * reports decided) and consultations resolved without a report (of those held), counted by the
 * capabilities that own them, with every count under 5 hidden — numerator, denominator and what
 * is left of it.
 */
import { expect, it } from 'vitest';
import { buildContent } from '../concern-reports/factories.ts';
import { buildConsultation } from '../consultations/factories.ts';
import type { Db } from '../kernel/db/database.ts';
import { actor } from '../kernel/testing/actors.ts';
import { describeEachEngine } from '../kernel/testing/databases.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import type { DecisionKind } from '../concern-reports/domain/feedback.ts';
import { evaluate } from './service.ts';

/** A day in the base term (2024-T2, spring 2025) and in the term the pilot started (2025-T1, autumn 2025). */
const BASE = '2025-03-12';
const AFTER = '2025-10-15';

async function buildWorld(db: Db) {
  const municipality = await buildMunicipality(db);
  const pilot = await buildUnit(db, { municipality_id: municipality.id });
  const comparison = await buildUnit(db, { municipality_id: municipality.id });
  for (const unit of [pilot, comparison]) await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: unit.id });
  const reporter = await buildPerson(db, 'staff', { id: pilot.id, municipality_id: municipality.id });
  const leader = await actor(db, await buildPerson(db, 'leader', { id: pilot.id, municipality_id: municipality.id }));
  return { municipalityId: municipality.id, pilot: pilot.id, comparison: comparison.id, reporter, leader };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

async function addReports(db: Db, world: World, unitId: string, day: string, decisions: Partial<Record<DecisionKind | 'undecided', number>>): Promise<string[]> {
  const content = JSON.stringify(buildContent());
  const rows = Object.entries(decisions).flatMap(([decision, n]) =>
    Array.from({ length: n }, () => ({
      reporter_staff_id: world.reporter,
      reporter_unit_id: unitId,
      municipality_id: world.municipalityId,
      status: 'submitted' as const,
      content,
      reporter_locale: 'nb' as const,
      outside_reporter_units: false,
      received_at: new Date(`${day}T10:00:00Z`),
      ...(decision === 'undecided'
        ? {}
        : { decision: decision as DecisionKind, decision_reason: 'Vurdert', decided_at: new Date(`${day}T12:00:00Z`), decided_by_staff_id: world.reporter }),
    })),
  );
  const inserted = await db.insertInto('concern_report').values(rows).returning('id').execute();
  return inserted.map((row) => row.id);
}

const request = (world: World, outcome: 'reports_investigated' | 'consultations_without_report') => ({
  outcome,
  granularity: 'term' as const,
  from: '2025-01-01',
  to: '2025-12-31',
  pilot: [{ unitId: world.pilot, startedOn: '2025-08-01' }],
});

describeEachEngine('the evaluation’s shares', (use) => {
  it('takes the share of decided reports that opened an investigation (an acute measure opens one), leaving undecided reports out', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    // Pilot: 10 of 20 (50 %), then 15 of 20 (75 %): +25. Comparison: 10 of 20, then 12 of 20 (60 %): +10.
    await addReports(db, world, world.pilot, BASE, { investigation_opened: 10, closed_after_review: 10 });
    await addReports(db, world, world.pilot, AFTER, { investigation_opened: 10, acute_measure: 5, closed_after_review: 5, undecided: 3 });
    await addReports(db, world, world.comparison, BASE, { investigation_opened: 10, closed_after_review: 10 });
    await addReports(db, world, world.comparison, AFTER, { investigation_opened: 12, closed_after_review: 8 });

    const result = await evaluate(db, world.leader, world.municipalityId, request(world, 'reports_investigated'));
    // ATT = +25 − (+10) = +15 percentage points.
    expect(result.estimate?.effect).toBeCloseTo(15, 9);
    expect(result.periods).toEqual([
      { period: '2024-T2', relativeToFirstStart: -1, pilot: { count: 10, rate: 50 }, comparison: { count: 10, rate: 50 }, activityHours: { pilot: 0, comparison: 0 } },
      { period: '2025-T1', relativeToFirstStart: 0, pilot: { count: 15, rate: 75 }, comparison: { count: 12, rate: 60 }, activityHours: { pilot: 0, comparison: 0 } },
    ]);
    expect(result.municipalityPerThousand).toBeNull();
  });

  it('takes the share of consultations resolved without a report, and hides a period where fewer than 5 were not', async () => {
    const { db } = use();
    const world = await buildWorld(db);
    const held = async (unitId: string, day: string, outcomes: Record<string, number>) => {
      const ids: string[] = [];
      for (const [outcome, n] of Object.entries(outcomes)) for (let i = 0; i < n; i += 1) ids.push(await buildConsultation(db, { unit_id: unitId, held_on: day, outcome: outcome as 'handled_by_unit' }));
      return ids;
    };
    // Pilot before: 5 of 10 without a report (the other 5 recommended one).
    await held(world.pilot, BASE, { handled_by_unit: 5, concern_report_recommended: 5 });
    // Pilot after: 11 held; 9 without (6 handled, 1 nothing further, 1 referred to PPT, 1 whose report is only a draft);
    // 2 with (1 recommended, 1 handled whose report was sent).
    const after = await held(world.pilot, AFTER, { handled_by_unit: 8, nothing_further: 1, referred_ppt: 1, concern_report_recommended: 1 });
    const [sent] = await addReports(db, world, world.pilot, AFTER, { undecided: 1 });
    await db.updateTable('concern_report').set({ from_consultation_id: after[0]! }).where('id', '=', sent!).execute();
    await db
      .insertInto('concern_report')
      .values({ reporter_staff_id: world.reporter, reporter_unit_id: world.pilot, content: JSON.stringify(buildContent()), from_consultation_id: after[1]! })
      .execute();
    // Comparison: 5 of 10, then 5 of 10.
    await held(world.comparison, BASE, { handled_by_unit: 5, concern_report_recommended: 5 });
    await held(world.comparison, AFTER, { handled_by_unit: 5, concern_report_recommended: 5 });

    const result = await evaluate(db, world.leader, world.municipalityId, request(world, 'consultations_without_report'));
    // Pilot 50 % → 9/11 = 81.82 %, comparison 50 % → 50 %: ATT = 900/11 − 50 = 31.82 percentage points.
    expect(result.estimate?.effect).toBeCloseTo(900 / 11 - 50, 9);
    // The pilot's 2 with a report in 2025-T1 are under 5: its share there is hidden, with whatever else that takes.
    expect(result.periods[1]!.pilot).toEqual({ count: null, rate: null });
    for (const period of result.periods) for (const group of [period.pilot, period.comparison]) if (group.count !== null) expect(group.count).toBeGreaterThanOrEqual(5);
  });
});
