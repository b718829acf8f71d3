/**
 * Test data of the evaluation: four schools of five pupils each and their submitted reports per
 * term, the worked example the service and the PDF are checked against.
 */
import { buildContent } from '../concern-reports/factories.ts';
import type { Db } from '../kernel/db/database.ts';
import { buildEnrolledChild, buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';

/** Reports per school and term (2024-T1 … 2025-T2); every school has 5 pupils, so a report is 20 per 100. c's 3 must be hidden. */
export const REPORTS: Record<'pilot' | 'a' | 'b' | 'c', number[]> = {
  pilot: [8, 8, 5, 5],
  a: [8, 8, 8, 8],
  b: [7, 7, 7, 7],
  c: [9, 3, 9, 9],
};
/** A day inside each term. */
export const TERM_DAYS = ['2024-10-15', '2025-03-12', '2025-10-15', '2026-03-12'];

/** The four schools with their reports; the staff member who sent them and a leader work at school a. */
export async function buildReportingSchools(db: Db) {
  const municipality = await buildMunicipality(db);
  const units: Record<string, string> = {};
  for (const name of Object.keys(REPORTS)) {
    const unit = await buildUnit(db, { municipality_id: municipality.id });
    units[name] = unit.id;
    for (let i = 0; i < 5; i += 1) await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: unit.id });
  }
  const reporter = await buildPerson(db, 'staff', { id: units.a!, municipality_id: municipality.id });
  const content = JSON.stringify(buildContent());
  const reports = Object.entries(REPORTS).flatMap(([name, perTerm]) =>
    perTerm.flatMap((count, term) =>
      Array.from({ length: count }, () => ({
        reporter_staff_id: reporter,
        reporter_unit_id: units[name]!,
        municipality_id: municipality.id,
        status: 'submitted' as const,
        content,
        reporter_locale: 'nb' as const,
        outside_reporter_units: false,
        received_at: new Date(`${TERM_DAYS[term]}T10:00:00Z`),
      })),
    ),
  );
  await db.insertInto('concern_report').values(reports).execute();
  const leader = await buildPerson(db, 'leader', { id: units.a!, municipality_id: municipality.id });
  return { municipality, units, reporter, leader };
}
