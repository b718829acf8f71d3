/**
 * Recomputing a municipality's flags from its guideline: one statement per rule, set-based over
 * every pupil (flag-sql.ts, flag-recompute-repo.ts). A pupil who reaches a rule gets an open flag, or has the open one's
 * figures refreshed; a flag is never removed by a recompute, so it is open until someone handles
 * it. A handled flag keeps a new one for the same rule from being raised while its window lasts.
 *
 * An import recomputes only the pupils it added or changed absence for (recomputeFlagsAfterImport): the
 * daily file of a large municipality touches a few thousand of its pupils, and reading every
 * pupil's term again for each rule took seconds.
 */
import type { Db } from '../kernel/db/database.ts';
import type { Trx } from '../kernel/policy/access.ts';
import { withSystemAccess } from '../kernel/policy/named-access.ts';
import type { IsoDate } from '../time/dates.ts';
import type { SchoolCalendar } from '../time/school-calendar.ts';
import type { CountryCode } from '../time/zone.ts';
import { schoolDaysIn, windowOn } from './domain/windows.ts';
import * as repo from './flag-recompute-repo.ts';
import { listSchoolHolidays } from './import-repo.ts';

/**
 * Recomputes every rule of the municipality's guideline on `asOf`, for every pupil or only for
 * `children`; answers how many flags were raised.
 */
export async function recomputeFlags(trx: Trx | Db, municipalityId: string, asOf: IsoDate, { children }: { children?: readonly string[] } = {}): Promise<number> {
  if (children?.length === 0) return 0;
  const setting = await repo.findGuidelineSetting(trx, municipalityId);
  if (!setting) return 0;
  const calendar: SchoolCalendar = { country: setting.country_code as CountryCode, holidays: await listSchoolHolidays(trx, municipalityId) };
  let raised = 0;
  for (const rule of setting.guideline.rules) {
    const window = windowOn(rule.window, asOf);
    const schoolDays = schoolDaysIn(calendar, window);
    if (schoolDays.length > 0) raised += await repo.raiseOrRefreshFlags(trx, { municipalityId, guideline: setting.guideline, rule, window, schoolDays, asOf, children });
  }
  return raised;
}

/**
 * After an import: recomputes the pupils it added or changed absence for, and no one else. Why
 * that is enough: a flag is raised only when a pupil's figure reaches a rule, and a pupil's
 * figure rises only with new absence, so a pupil with no new or changed row raises nothing new (a
 * corrected file that removes absence lowers figures, and a recompute never removes a flag).
 * What it leaves to the full run every six hours (recomputeAllFlags, index.ts): the refreshed
 * figures of other pupils' open flags (the list shows the figures of the last full run until
 * then), and the rare flag a moving window raises with no new absence (a rolling window's
 * percent over fewer school days as it enters a holiday, a single day whose neighbour leaves the
 * window).
 */
export async function recomputeFlagsAfterImport(trx: Trx, municipalityId: string, importId: string, asOf: IsoDate): Promise<number> {
  return recomputeFlags(trx, municipalityId, asOf, { children: await repo.listChildrenWrittenBy(trx, importId) });
}

/** Recomputes every municipality with a guideline: the nightly run. */
export async function recomputeAllFlags(db: Db, asOf: IsoDate): Promise<number> {
  let raised = 0;
  for (const municipalityId of await repo.listMunicipalitiesWithGuideline(db)) {
    // A system access: one audited transaction per municipality, naming its flags.
    const done = await withSystemAccess(
      db,
      'attendance flags',
      { action: 'update', locate: async () => municipalityId, resource: (id) => ({ type: 'attendance_flags', id }) },
      (trx, id) => recomputeFlags(trx, id, asOf),
    );
    raised += done?.value ?? 0;
  }
  return raised;
}
